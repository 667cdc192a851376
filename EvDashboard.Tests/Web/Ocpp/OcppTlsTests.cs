using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>wss against a real Kestrel with a self-signed certificate: security profile 2 end to end.</summary>
public sealed class OcppTlsTests
{
    private const string Key = "k3y-0f-s1xteen-plus";

    [Fact]
    public async Task Connect_Profile2OverWss_BootNotificationAccepted()
    {
        await using var host = await StartAsync();
        using var socket = CreateClient(host, Key);

        await socket.ConnectAsync(WebSocketUri(host.HttpsAddress, "wss", "CP-TLS"), Timeout());
        var answer = await CallAsync(socket, """[2,"b1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"AC22"}]""");

        Assert.Equal("ocpp1.6", socket.SubProtocol);
        Assert.Equal((3, "b1"), (answer[0].GetInt32(), answer[1].GetString()));
        Assert.Equal("Accepted", answer[2].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Connect_Profile2OverPlainWsOnKestrel_Is403()
    {
        await using var host = await StartAsync();
        using var socket = CreateClient(host, Key);

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri(host.HttpAddress, "ws", "CP-TLS"), Timeout()));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_Profile2OverWssWithWrongKey_Is401()
    {
        await using var host = await StartAsync();
        using var socket = CreateClient(host, Key + "-wrong");

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(WebSocketUri(host.HttpsAddress, "wss", "CP-TLS"), Timeout()));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    private static async Task<KestrelTlsHost> StartAsync()
    {
        var host = new KestrelTlsHost();
        await host.StartAsync();
        await OcppSecurityProfileTests.AddAsync(host.KestrelServices, "CP-TLS", SecurityProfile.TlsBasic, Key);
        return host;
    }

    /// <summary>Trusts exactly the test's certificate, as a charger trusts the CSMS certificate it was given.</summary>
    private static ClientWebSocket CreateClient(KestrelTlsHost host, string key)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("ocpp1.6");
        socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"CP-TLS:{key}")));
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == host.Certificate.GetCertHashString();
        return socket;
    }

    private static async Task<JsonElement> CallAsync(ClientWebSocket socket, string frame)
    {
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, Timeout());
        var buffer = new byte[8192];
        var result = await socket.ReceiveAsync(buffer, Timeout());
        using var document = JsonDocument.Parse(buffer.AsMemory(0, result.Count));
        return document.RootElement.Clone();
    }

    private static Uri WebSocketUri(Uri address, string scheme, string chargePointId) =>
        new UriBuilder(address) { Scheme = scheme, Path = $"/ocpp/{chargePointId}" }.Uri;

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;
}
