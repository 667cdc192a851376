using System.Net;
using System.Text.RegularExpressions;

namespace EvDashboard.E2E.Hosting;

/// <summary>
/// The built binary outside Development serves real static files (PLATFORM.md: without UseStaticWebAssets they
/// are empty 200s, and the dashboard renders unstyled and never becomes interactive).
/// </summary>
[Collection(E2EGroup.Name)]
public sealed partial class StaticAssetsTests(E2EFixture fixture)
{
    [Theory]
    [InlineData("_framework/blazor.web.js")]
    [InlineData("_content/Radzen.Blazor/Radzen.Blazor.js")]
    [InlineData("app.css")]
    public async Task Get_StaticAsset_IsNotEmpty(string path)
    {
        using var client = fixture.CreateApiClient();

        var body = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));

        Assert.True(body.Length > 1_000, $"{path} has {body.Length} bytes");
    }

    [Fact]
    public async Task Get_RadzenThemeCssLinkedFromThePage_IsNotEmpty()
    {
        using var client = fixture.CreateApiClient();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var href = RadzenCss().Match(html);
        Assert.True(href.Success, "The page links no Radzen theme CSS.");

        using var response = await client.GetAsync(new Uri(WebUtility.HtmlDecode(href.Groups["href"].Value).TrimStart('/'), UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(css.Length > 10_000, $"{href.Groups["href"].Value} has {css.Length} characters");
        Assert.Contains(".rz-", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("""href="(?<href>[^"]*_content/Radzen\.Blazor/css/[^"]+\.css[^"]*)""")]
    private static partial Regex RadzenCss();
}
