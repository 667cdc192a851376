using PdfSharp;
using PdfSharp.Fonts;

namespace EvDashboard.Billing;

/// <summary>PdfSharp's process-wide settings, made once before the first PDF.</summary>
internal static class PdfSharpSetup
{
    public const string FontDirectory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lazy<bool> Done = new(() =>
    {
        // PdfSharp 6.5 is AGPL-3.0-only unless licensed otherwise; EvDashboard is AGPL-3.0-only too (README, LICENSE).
        PdfSharpLicense.SetAgplLicense();
        GlobalFontSettings.FontResolver ??= new DejaVuFontResolver(FontDirectory);
        return true;
    });

    public static void EnsureConfigured() => _ = Done.Value;
}
