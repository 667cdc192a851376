using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EvDashboard.Tests.Web.Hosting;

/// <summary>A throw-away server certificate for localhost/127.0.0.1, written as a password-protected .pfx.</summary>
internal static class SelfSignedCertificate
{
    public const string Password = "test-pfx-password";

    public static X509Certificate2 Create(DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        return request.CreateSelfSigned(notAfter.AddYears(-1), notAfter);
    }

    /// <summary>Writes the certificate with its private key to <paramref name="path"/>.</summary>
    public static X509Certificate2 WritePfx(string path, DateTimeOffset? notAfter = null)
    {
        var certificate = Create(notAfter ?? DateTimeOffset.UtcNow.AddDays(30));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return certificate;
    }
}
