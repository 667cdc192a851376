using EvDashboard.Hosting;

namespace EvDashboard.Tests.Web.Hosting;

public sealed class TlsOptionsValidatorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("evdashboard-tls-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Validate_NothingSet_Succeeds()
    {
        var result = new TlsOptionsValidator(TimeProvider.System).Validate(null, new TlsOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ValidCertificate_Succeeds()
    {
        var path = Path.Combine(_directory, "server.pfx");
        using var certificate = SelfSignedCertificate.WritePfx(path);

        var result = new TlsOptionsValidator(TimeProvider.System).Validate(null, Options(path, SelfSignedCertificate.Password));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8443", "server.pfx", SelfSignedCertificate.Password, "Tls:Url")]
    [InlineData("https://0.0.0.0:8443", null, null, "Tls:CertificatePath is required")]
    [InlineData("https://0.0.0.0:8443", "missing.pfx", null, "does not exist")]
    [InlineData("https://0.0.0.0:8443", "server.pfx", "wrong-password", "Tls:CertificatePassword")]
    [InlineData(null, "server.pfx", SelfSignedCertificate.Password, "Tls:Url is empty")]
    public void Validate_BadSetting_FailsNamingTheSetting(string? url, string? file, string? password, string expected)
    {
        using var certificate = SelfSignedCertificate.WritePfx(Path.Combine(_directory, "server.pfx"));
        var options = new TlsOptions { Url = url, CertificatePath = file is null ? null : Path.Combine(_directory, file), CertificatePassword = password };

        var result = new TlsOptionsValidator(TimeProvider.System).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpiredCertificate_Fails()
    {
        var path = Path.Combine(_directory, "old.pfx");
        using var certificate = SelfSignedCertificate.WritePfx(path, DateTimeOffset.UtcNow.AddDays(-1));

        var result = new TlsOptionsValidator(TimeProvider.System).Validate(null, Options(path, SelfSignedCertificate.Password));

        Assert.Contains("expired", result.FailureMessage, StringComparison.Ordinal);
    }

    private static TlsOptions Options(string path, string password) =>
        new() { Url = "https://127.0.0.1:8443", CertificatePath = path, CertificatePassword = password };
}
