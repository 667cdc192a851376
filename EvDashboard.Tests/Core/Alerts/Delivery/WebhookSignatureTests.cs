using System.Text;
using EvDashboard.Core.Alerts.Delivery;

namespace EvDashboard.Tests.Core.Alerts.Delivery;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Compute_KnownInput_MatchesAnIndependentHmac()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":1}");

        var signature = WebhookSignature.Compute("s3cret", 1_700_000_000, body);

        // Computed with Python: hmac.new(b"s3cret", b'1700000000.{"id":1}', hashlib.sha256).hexdigest()
        Assert.Equal("sha256=ee0658aa4e37018df69c24227df01e0f680eb3b87c7f1f9bd936e283cfe01d9b", signature);
    }

    [Theory]
    [InlineData("{\"id\":2}", "1700000000", "s3cret")]
    [InlineData("{\"id\":1}", "1700000001", "s3cret")]
    [InlineData("{\"id\":1}", "1700000000", "other")]
    public void Verify_AnythingChanged_False(string body, string timestamp, string secret)
    {
        var signature = WebhookSignature.Compute("s3cret", 1_700_000_000, Encoding.UTF8.GetBytes("{\"id\":1}"));

        var valid = WebhookSignature.Verify(secret, timestamp, signature, Encoding.UTF8.GetBytes(body));

        Assert.False(valid);
    }
}
