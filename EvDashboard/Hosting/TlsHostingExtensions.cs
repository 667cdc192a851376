using System.Security.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Hosting;

internal static class TlsHostingExtensions
{
    /// <summary>
    /// Adds the HTTPS/WSS endpoint of setting Tls:Url, TLS 1.2 and 1.3 only (the OCPP 1.6 Security Whitepaper requires
    /// TLS 1.2 or higher). The URL is appended to the configured plain URLs: an endpoint defined in code would make
    /// Kestrel ignore --urls and ASPNETCORE_URLS.
    /// </summary>
    public static WebApplicationBuilder AddTlsEndpoint(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IValidateOptions<TlsOptions>, TlsOptionsValidator>();
        builder.Services.AddOptions<TlsOptions>().BindConfiguration(TlsOptions.Section).ValidateOnStart();
        var tlsUrl = builder.Configuration[$"{TlsOptions.Section}:{nameof(TlsOptions.Url)}"];
        if (string.IsNullOrWhiteSpace(tlsUrl))
        {
            return builder;
        }

        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.IsNullOrWhiteSpace(urls) ? $"http://localhost:5000;{tlsUrl}" : $"{urls};{tlsUrl}");
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<TlsOptions>>((kestrel, tls) =>
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = tls.Value.LoadCertificate();
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
            }));
        return builder;
    }
}
