using System.Security.Cryptography.X509Certificates;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>
/// The app on a real Kestrel (TestServer has no TLS) with a plain and a TLS endpoint on free loopback ports, the TLS one
/// with a self-signed certificate made for the test. WebApplicationFactory still builds its TestServer host; a second
/// build of the same app runs on Kestrel and is the one the tests talk to.
/// </summary>
internal sealed class KestrelTlsHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evdashboard-tls-host-").FullName;
    private IHost? _kestrel;

    public KestrelTlsHost()
    {
        Certificate = SelfSignedCertificate.WritePfx(Path.Combine(_directory, "server.pfx"));
    }

    public X509Certificate2 Certificate { get; }

    public IServiceProvider KestrelServices => _kestrel!.Services;

    public Uri HttpsAddress => Address("https://");

    public Uri HttpAddress => Address("http://");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:EvDashboard", $"Data Source={Path.Combine(_directory, "evdashboard.db")}");
        builder.UseSetting("Ocpp:UnknownChargePoints", "Reject");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Tls:Url", "https://127.0.0.1:0");
        builder.UseSetting("Tls:CertificatePath", Path.Combine(_directory, "server.pfx"));
        builder.UseSetting("Tls:CertificatePassword", SelfSignedCertificate.Password);
    }

    /// <summary>
    /// WebApplicationFactory's TestServer host is built and started first, so that its run of the app has migrated the
    /// database before the Kestrel build's run migrates it again (two at once race to create the same tables).
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var testHost = builder.Build();
        testHost.Start();
        builder.ConfigureWebHost(web => web.UseKestrel());
        _kestrel = builder.Build();
        _kestrel.Start();
        return testHost;
    }

    /// <summary>
    /// Starts both hosts and waits for Kestrel to listen. Both builds share the factory's one "started" signal,
    /// so the Kestrel host's own lifetime says when it is up.
    /// </summary>
    public async Task StartAsync()
    {
        _ = Services;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = _kestrel!.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private Uri Address(string scheme)
    {
        var addresses = _kestrel!.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith(scheme, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No {scheme} endpoint among {string.Join(", ", addresses)}");
        return new Uri(address);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_kestrel is not null)
        {
            await _kestrel.StopAsync();
            _kestrel.Dispose();
        }

        await base.DisposeAsync();
        Certificate.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
