using EvDashboard.Core.Data;
using EvDashboard.Core.Data.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EvDashboard.Tests.Core.Data;

public sealed class CompiledModelTests
{
    private const string Regenerate =
        "dotnet ef dbcontext optimize --project EvDashboard.Core --startup-project EvDashboard "
        + "--output-dir Data/CompiledModel --namespace EvDashboard.Core.Data.CompiledModel";

    [Fact]
    public void CompiledModel_ComparedWithModelBuiltFromConfiguration_IsTheSame()
    {
        using var built = new EvDashboardDbContext(
            new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite("Data Source=:memory:").Options);

        var expected = Lines(built.Model);
        var actual = Lines(EvDashboardDbContextModel.Instance);

        var firstDifference = expected.Zip(actual).Select((pair, line) => (pair, line)).FirstOrDefault(p => p.pair.First != p.pair.Second);
        Assert.True(
            expected.Length == actual.Length && firstDifference.pair == default,
            $"The compiled model (Data/CompiledModel) no longer matches the entity configuration; regenerate it: {Regenerate}. "
            + $"First difference at line {firstDifference.line}: configuration '{firstDifference.pair.First}', compiled '{firstDifference.pair.Second}'.");
    }

    [Fact]
    public async Task AppContexts_UseTheCompiledModel()
    {
        var database = SqliteDatabase.FromConnectionString("Data Source=:memory:", Path.GetTempPath());
        var options = new DbContextOptionsBuilder<EvDashboardDbContext>();
        database.Configure(options);

        await using var context = new EvDashboardDbContext(options.Options);

        Assert.Same(EvDashboardDbContextModel.Instance, context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Model);
    }

    private static string[] Lines(IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.LongDefault).Split('\n', StringSplitOptions.TrimEntries);
}
