using System.Security.Cryptography.X509Certificates;

namespace EvDashboard.Hosting;

/// <summary>
/// The optional HTTPS/WSS endpoint (section "Tls"): security profile 2 chargers connect here (wss://host:port/ocpp/{id}).
/// Empty <see cref="Url"/> means no TLS endpoint.
/// </summary>
public sealed class TlsOptions
{
    public const string Section = "Tls";

    /// <summary>Where to listen, e.g. <c>https://0.0.0.0:8443</c>; added to the plain URLs (--urls), not replacing them.</summary>
    public string? Url { get; set; }

    /// <summary>A PKCS#12 (.pfx/.p12) file with the server certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);

    public X509Certificate2 LoadCertificate() =>
        X509CertificateLoader.LoadPkcs12FromFile(CertificatePath!, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
}
