using System.Net.Http.Headers;
using System.Text;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Ocpp.Handlers;
using EvDashboard.Core.Stations;
using Microsoft.Extensions.Options;

namespace EvDashboard.Ocpp;

/// <summary>The OCPP-J endpoint: ws(s)://host/ocpp/{chargePointId} with subprotocol ocpp1.6 (OCPP-J 1.6 §3).</summary>
internal static class OcppEndpoint
{
    public const string SubProtocol = "ocpp1.6";

    public static IEndpointRouteBuilder MapOcpp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/ocpp/{chargePointId}", HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http, string chargePointId)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("EvDashboard.Ocpp");
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "This is an OCPP 1.6-J endpoint: open a WebSocket with subprotocol ocpp1.6.");
            return;
        }

        // OCPP-J 1.6 §3.1.2: the server must not accept a connection without the subprotocol it speaks.
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            OcppLog.HandshakeRefused(logger, chargePointId, http.Connection.RemoteIpAddress?.ToString(), StatusCodes.Status400BadRequest, "subprotocol ocpp1.6 not offered");
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "Subprotocol ocpp1.6 is required.");
            return;
        }

        var (user, password) = ReadBasicCredentials(http.Request);
        var remoteAddress = http.Connection.RemoteIpAddress?.ToString();
        var request = new HandshakeRequest(chargePointId, user, password, http.Request.IsHttps, remoteAddress);
        var decision = await services.GetRequiredService<ChargePointAdmission>().AdmitAsync(request, http.RequestAborted);
        if (!decision.IsAdmitted)
        {
            await RefuseAsync(http, chargePointId, decision, remoteAddress, logger);
            return;
        }

        if (decision.Result == AdmissionResult.AdmittedAsNew)
        {
            OcppLog.RegisteredOnFirstConnect(logger, chargePointId);
        }
        else if (decision.Result == AdmissionResult.AdmittedPending)
        {
            OcppLog.ConnectedPending(logger, chargePointId);
        }

        await RunConnectionAsync(http, chargePointId, logger);
    }

    private static async Task RunConnectionAsync(HttpContext http, string chargePointId, ILogger logger)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<OcppOptions>>().CurrentValue;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = SubProtocol,
            KeepAliveInterval = TimeSpan.FromSeconds(options.KeepAliveIntervalSeconds),
            KeepAliveTimeout = options.KeepAliveTimeoutSeconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(options.KeepAliveTimeoutSeconds),
        });
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["ChargePointId"] = chargePointId });
        var connections = services.GetRequiredService<ChargePointConnections>();
        using var connection = new ChargePointConnection(
            chargePointId,
            socket,
            services.GetRequiredService<OcppCallDispatcher>(),
            services.GetRequiredService<ChargePointPresence>(),
            services.GetRequiredService<PendingRegistrations>(),
            OcppConnectionSettings.From(options),
            services.GetRequiredService<TimeProvider>(),
            logger);
        await connections.AddAsync(connection);
        // Shutdown ends the connections at once: chargers reconnect to the next instance instead of holding the host for its timeout.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(
            http.RequestAborted, services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            await connection.RunAsync(ended.Token);
        }
        finally
        {
            connections.Remove(connection);
        }
    }

    private static Task RefuseAsync(HttpContext http, string chargePointId, AdmissionDecision decision, string? remoteAddress, ILogger logger)
    {
        var (statusCode, message) = decision.Result switch
        {
            AdmissionResult.Unknown => (StatusCodes.Status404NotFound, "Unknown charge point."),
            AdmissionResult.Unauthorized => (StatusCodes.Status401Unauthorized, "Charge point authentication failed."),
            _ => (StatusCodes.Status403Forbidden, "This charge point may not connect this way."),
        };
        OcppLog.HandshakeRefused(logger, chargePointId, remoteAddress, statusCode, decision.Reason ?? decision.Result.ToString());
        if (statusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"OCPP\", charset=\"UTF-8\"";
        }

        // The reason stays in the log and the audit trail: a prober learns nothing about ids, profiles or keys.
        return RefuseAsync(http, statusCode, message);
    }

    private static async Task RefuseAsync(HttpContext http, int statusCode, string message)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message, http.RequestAborted);
    }

    /// <summary>
    /// The Basic user and password. The password stays bytes: the whitepaper's AuthorizationKey may hold any byte
    /// value, which a text decoding would corrupt (RFC 7617 leaves the charset to the parties).
    /// </summary>
    private static (string? User, byte[]? Password) ReadBasicCredentials(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return (null, null);
        }

        Span<byte> bytes = stackalloc byte[256];
        if (!Convert.TryFromBase64String(header.Parameter, bytes, out var length))
        {
            return (null, null);
        }

        var colon = bytes[..length].IndexOf((byte)':');
        return colon < 0 ? (null, null) : (Encoding.UTF8.GetString(bytes[..colon]), bytes[(colon + 1)..length].ToArray());
    }
}
