namespace EvDashboard.Components.Pages.Wall;

/// <summary>
/// Lays the tiles out to fill the screen without scrolling: the column count that gives the biggest tiles of a
/// pleasant shape. Up to <see cref="MaxTilesPerPage"/> tiles share one screen (they shrink as they multiply);
/// beyond that the wall pages, and the pages rotate.
/// </summary>
public static class WallGrid
{
    public const int MaxTilesPerPage = 60;

    /// <summary>Width over height of the tile area at 1920×1080 (between the header and the ticker).</summary>
    private const double AreaAspect = 2.15;

    /// <summary>The tile shape aimed for: a little wider than tall.</summary>
    private const double TileAspect = 1.35;

    public static int PageCount(int tiles) => Math.Max(1, (tiles + MaxTilesPerPage - 1) / MaxTilesPerPage);

    /// <summary>Pages of even size (95 tiles make pages of 48 and 47, not 60 and 35).</summary>
    public static (int Start, int Count) Page(int tiles, int page)
    {
        var pages = PageCount(tiles);
        var size = (tiles + pages - 1) / pages;
        var start = Math.Clamp(page, 0, pages - 1) * size;
        return (start, Math.Clamp(tiles - start, 0, size));
    }

    public static (int Columns, int Rows) Fit(int tiles)
    {
        if (tiles <= 1)
        {
            return (1, 1);
        }

        var best = (Columns: 1, Rows: tiles, Size: 0.0, Empty: int.MaxValue);
        for (var columns = 1; columns <= tiles; columns++)
        {
            var rows = (tiles + columns - 1) / columns;
            var size = Math.Min(AreaAspect / columns / TileAspect, 1.0 / rows);
            var empty = columns * rows - tiles;
            if (size > best.Size + 1e-9 || (Math.Abs(size - best.Size) <= 1e-9 && empty < best.Empty))
            {
                best = (columns, rows, size, empty);
            }
        }

        return (best.Columns, best.Rows);
    }
}
