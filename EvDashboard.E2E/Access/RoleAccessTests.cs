using EvDashboard.E2E.Hosting;
using EvDashboard.E2E.Ocpp;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Access;

/// <summary>
/// An admin invites a site-staff member in the browser; the new user sets a password from the link, signs in,
/// watches the stations, and finds that operator commands and admin pages are not theirs.
/// </summary>
[Collection(E2EGroup.Name)]
public sealed class RoleAccessTests(E2EFixture fixture)
{
    private const string StaffPassword = "site staff passphrase";

    [Fact]
    public async Task SiteStaff_InvitedByAdmin_SignsInWatchesAndIsRefusedCommandsAndAdminPages()
    {
        await using var cp = await fixture.ConnectChargePointAsync("E2E-ROLE-1");
        await cp.BootAsync();
        var email = $"staff-{Guid.NewGuid():N}@e2e.example";
        var link = await InviteAsync(email);

        var page = await fixture.NewPageAsync(1280, 800, signIn: false);
        await using var browserContext = page.Context;
        await page.GotoAsync(link);
        await page.Locator("input[name=Password]").FillAsync(StaffPassword);
        await page.Locator("input[name=ConfirmPassword]").FillAsync(StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("info=password-set", StringComparison.Ordinal));
        await E2EFixture.SignInAsync(page, email, StaffPassword);

        await page.GotoAsync("stations/E2E-ROLE-1");
        await Expect(page.Locator("h1")).ToContainTextAsync("E2E-ROLE-1");
        await Expect(page.Locator(".evd-account-role")).ToHaveTextAsync("Site staff");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hard reset" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);

        await page.GotoAsync("admin/users");
        await Expect(page.Locator("h2")).ToContainTextAsync("Not allowed");
        await page.GotoAsync("chargepoints");
        await Expect(page.Locator("h2")).ToContainTextAsync("Not allowed");
    }

    /// <summary>Invites <paramref name="email"/> as Site staff on the Users page and returns the one-time link it shows.</summary>
    private async Task<string> InviteAsync(string email)
    {
        var page = await fixture.NewPageAsync(1280, 800);
        await using var browserContext = page.Context;
        await page.GotoAsync("admin/users");
        // Typing into the prerendered form before the circuit takes over would be wiped by its first render.
        await Expect(page.Locator(".evd-admin[data-interactive]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        var emailBox = page.Locator(".evd-admin-form input[type=text], .evd-admin-form input:not([type])").First;
        await emailBox.FillAsync(email);
        // The text box binds on change (blur); send it now rather than rely on the next click moving the focus.
        await emailBox.DispatchEventAsync("change");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Site staff", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();

        var secret = page.GetByTestId("secret");
        await Expect(secret).ToContainTextAsync("/account/password?user=");
        await Expect(page.Locator(".evd-admin-grid")).ToContainTextAsync(email);
        return (await secret.TextContentAsync())!.Trim();
    }
}
