using PdfSharp.Fonts;

namespace EvDashboard.Billing;

/// <summary>
/// PdfSharp on Linux has no system font lookup: fonts come from here. DejaVu Sans (Debian's fonts-dejavu-core)
/// covers the Latin, Greek and Cyrillic names and the "·", "–" and "€" an invoice prints.
/// </summary>
internal sealed class DejaVuFontResolver(string directory) : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";

    private const string Bold = "DejaVuSans-Bold";

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(directory, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF font {faceName} is missing; install DejaVu fonts (Debian: fonts-dejavu-core).", path);
    }
}
