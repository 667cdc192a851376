using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>How often the rollup worker brings today, late-data days and running sessions up to date.</summary>
public sealed class RollupOptions
{
    public const string Section = "Reports";

    [Range(5, 3600, ErrorMessage = "Reports:RollupIntervalSeconds must be 5..3600.")]
    public int RollupIntervalSeconds { get; set; } = 60;
}
