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
            OcppLog.HandshakeRefused(logger, chargePointId, "subprotocol ocpp1.6 not offered");
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "Subprotocol ocpp1.6 is required.");
            return;
        }

        var (user, password) = ReadBasicCredentials(http.Request);
        var admission = await services.GetRequiredService<ChargePointAdmission>().AdmitAsync(chargePointId, user, password, http.RequestAborted);
        switch (admission)
        {
            case AdmissionResult.Unknown:
                OcppLog.HandshakeRefused(logger, chargePointId, "unknown charge point");
                await RefuseAsync(http, StatusCodes.Status404NotFound, "Unknown charge point.");
                return;
            case AdmissionResult.Unauthorized:
                OcppLog.HandshakeRefused(logger, chargePointId, user is null ? "no credentials" : "wrong credentials");
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"OCPP\", charset=\"UTF-8\"";
                await RefuseAsync(http, StatusCodes.Status401Unauthorized, "Charge point authentication failed.");
                return;
            case AdmissionResult.AdmittedAsNew:
                OcppLog.RegisteredOnFirstConnect(logger, chargePointId);
                break;
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

    private static async Task RefuseAsync(HttpContext http, int statusCode, string message)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message, http.RequestAborted);
    }

    private static (string? User, string? Password) ReadBasicCredentials(HttpRequest request)
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

        var text = Encoding.UTF8.GetString(bytes[..length]);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (null, null) : (text[..colon], text[(colon + 1)..]);
    }
}
