using EvDashboard.Core.Identity;

namespace EvDashboard.Tests.Core.Identity;

/// <summary>Driver notification opt-in on an idTag: checked contact details, and no opt-in without somewhere to send to.</summary>
public sealed class IdTagNotificationsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetNotifications_EmailAndUrlWithOptIn_StoresThemTrimmed()
    {
        var tag = new IdTag("DRIVER1", At);

        tag.SetNotifications(" ada@example.com ", " https://app.example.com/hooks/ev ", optIn: true, At.AddMinutes(1));

        Assert.Equal(("ada@example.com", "https://app.example.com/hooks/ev", true, At.AddMinutes(1)), (tag.OwnerEmail, tag.OwnerWebhookUrl, tag.NotifyOwner, tag.UpdatedAt));
    }

    [Fact]
    public void SetNotifications_ContactWithoutOptIn_KeptButOff()
    {
        var tag = new IdTag("DRIVER1", At);

        tag.SetNotifications("ada@example.com", "  ", optIn: false, At);

        Assert.Equal(("ada@example.com", (string?)null, false), (tag.OwnerEmail, tag.OwnerWebhookUrl, tag.NotifyOwner));
    }

    [Theory]
    [InlineData("not-an-address", null, false, "not an e-mail address")]
    [InlineData("Ada <ada@example.com>", null, false, "not an e-mail address")]
    [InlineData(null, "/hooks/ev", false, "absolute http:// or https://")]
    [InlineData(null, "ftp://files.example.com/ev", false, "absolute http:// or https://")]
    [InlineData(null, null, true, "need an e-mail address or a webhook URL")]
    [InlineData(" ", " ", true, "need an e-mail address or a webhook URL")]
    public void SetNotifications_BadValue_ThrowsWithTheReasonAndChangesNothing(string? email, string? url, bool optIn, string reason)
    {
        var tag = new IdTag("DRIVER1", At);

        var error = Assert.Throws<ArgumentException>(() => tag.SetNotifications(email, url, optIn, At));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(((string?)null, (string?)null, false), (tag.OwnerEmail, tag.OwnerWebhookUrl, tag.NotifyOwner));
    }

    [Fact]
    public void SetNotifications_UrlOver500Characters_Throws()
    {
        var tag = new IdTag("DRIVER1", At);
        var url = "https://app.example.com/" + new string('a', 480);

        var error = Assert.Throws<ArgumentException>(() => tag.SetNotifications(null, url, optIn: true, At));

        Assert.Contains("at most 500", error.Message, StringComparison.Ordinal);
    }
}
