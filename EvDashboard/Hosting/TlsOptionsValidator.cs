using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace EvDashboard.Hosting;

/// <summary>Checks the TLS settings at start-up, naming the setting that is wrong, so a bad certificate never fails at the first charger.</summary>
internal sealed class TlsOptionsValidator(TimeProvider time) : IValidateOptions<TlsOptions>
{
    public ValidateOptionsResult Validate(string? name, TlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return string.IsNullOrWhiteSpace(options.CertificatePath)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Tls:CertificatePath is set but Tls:Url is empty: set Tls:Url (e.g. https://0.0.0.0:8443) to open the TLS endpoint.");
        }

        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"Tls:Url must be an https URL such as https://0.0.0.0:8443 (it is '{options.Url}').");
        }

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return ValidateOptionsResult.Fail("Tls:CertificatePath is required when Tls:Url is set: a .pfx/.p12 file with the certificate and its private key.");
        }

        if (!File.Exists(options.CertificatePath))
        {
            return ValidateOptionsResult.Fail($"Tls:CertificatePath: the file '{options.CertificatePath}' does not exist.");
        }

        return CheckCertificate(options);
    }

    private ValidateOptionsResult CheckCertificate(TlsOptions options)
    {
        try
        {
            using var certificate = options.LoadCertificate();
            if (!certificate.HasPrivateKey)
            {
                return ValidateOptionsResult.Fail($"Tls:CertificatePath: '{options.CertificatePath}' holds no private key; export the certificate with its key (.pfx).");
            }

            return certificate.NotAfter.ToUniversalTime() < time.GetUtcNow().UtcDateTime
                ? ValidateOptionsResult.Fail($"Tls:CertificatePath: the certificate expired on {certificate.NotAfter:yyyy-MM-dd}.")
                : ValidateOptionsResult.Success;
        }
        catch (CryptographicException ex)
        {
            return ValidateOptionsResult.Fail($"Tls:CertificatePath / Tls:CertificatePassword: '{options.CertificatePath}' could not be opened ({ex.Message}). Is the password right?");
        }
    }
}
