using EvDashboard.Components.Pages.Wall;

namespace EvDashboard.Tests.Web.Components.Wall;

public sealed class WallGridTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(12, 4, 3)]
    [InlineData(30, 6, 5)]
    [InlineData(40, 8, 5)]
    [InlineData(60, 10, 6)]
    public void Fit_TileCount_FillsTheScreenWithWideTiles(int tiles, int columns, int rows)
    {
        Assert.Equal((columns, rows), WallGrid.Fit(tiles));
    }

    [Fact]
    public void Fit_AnyCountUpToAPage_HoldsEveryTileWithoutAnEmptyRow()
    {
        for (var tiles = 1; tiles <= WallGrid.MaxTilesPerPage; tiles++)
        {
            var (columns, rows) = WallGrid.Fit(tiles);

            Assert.True(columns * rows >= tiles, $"{tiles} tiles in {columns}×{rows}");
            Assert.True(columns * (rows - 1) < tiles, $"{tiles} tiles leave a row of {columns}×{rows} empty");
        }
    }

    [Theory]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(1000, 17)]
    public void PageCount_BeyondAScreenful_Pages(int tiles, int pages)
    {
        Assert.Equal(pages, WallGrid.PageCount(tiles));
    }

    [Fact]
    public void Page_95Tiles_SplitsEvenlyAndCoversEveryTileOnce()
    {
        Assert.Equal((0, 48), WallGrid.Page(95, 0));
        Assert.Equal((48, 47), WallGrid.Page(95, 1));
    }
}
