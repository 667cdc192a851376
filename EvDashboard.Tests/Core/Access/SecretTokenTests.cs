using EvDashboard.Core.Access;

namespace EvDashboard.Tests.Core.Access;

public sealed class SecretTokenTests
{
    [Fact]
    public void Create_TwoCalls_DifferentUrlSafeSecretsWithThePrefix()
    {
        var first = SecretToken.Create(ApiKey.Prefix);
        var second = SecretToken.Create(ApiKey.Prefix);

        Assert.NotEqual(first, second);
        Assert.StartsWith(ApiKey.Prefix, first, StringComparison.Ordinal);
        Assert.Equal(ApiKey.Prefix.Length + 43, first.Length);
        Assert.DoesNotContain(first, c => c is '+' or '/' or '=');
    }

    [Fact]
    public void Hash_SameSecret_SameDigestWhichIsNotTheSecret()
    {
        var secret = SecretToken.Create(DisplayToken.Prefix);

        var hash = SecretToken.Hash(secret);

        Assert.Equal(hash, SecretToken.Hash(secret));
        Assert.Equal(SecretToken.HashLength, hash.Length);
        Assert.DoesNotContain(secret[DisplayToken.Prefix.Length..], hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_LongSecret_ShowsOnlyTheBeginning()
    {
        Assert.Equal("evk_abcdefgh…", SecretToken.Hint("evk_abcdefghijklmnop"));
    }

    [Fact]
    public void ApiKey_StoredForm_HoldsNoSecretAndChecksExpiryAndRevocation()
    {
        var secret = SecretToken.Create(ApiKey.Prefix);
        var now = DateTimeOffset.UtcNow;
        var key = new ApiKey("ci", OperatorRoles.SiteStaff, secret, now, now.AddDays(1), new("admin@example.com"));

        Assert.Equal(SecretToken.Hash(secret), key.Hash);
        Assert.True(key.IsValidAt(now));
        Assert.False(key.IsValidAt(now.AddDays(2)));
        key.Revoke(now);
        Assert.False(key.IsValidAt(now));
        Assert.Throws<ArgumentException>(() => new ApiKey("x", "Root", secret, now, null, new("a")));
    }
}
