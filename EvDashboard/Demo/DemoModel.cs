namespace EvDashboard.Demo;

/// <summary>A kind of charger in the demo fleet: AC wallboxes and pillars, DC fast chargers.</summary>
/// <param name="ReportsSoc">DC chargers know the battery's state of charge; plain AC ones do not (ISO 15118 ones do).</param>
internal sealed record DemoModel(string Name, bool IsDc, int MaxPowerW, int Connectors, bool ReportsSoc)
{
    private static readonly DemoModel[] Rotation =
    [
        new("EVD-AC22-T2", IsDc: false, 22_000, 2, ReportsSoc: true),
        new("EVD-DC150-CCS", IsDc: true, 150_000, 2, ReportsSoc: true),
        new("EVD-AC11-Q4", IsDc: false, 11_000, 4, ReportsSoc: false),
        new("EVD-AC22-T2", IsDc: false, 22_000, 2, ReportsSoc: true),
        new("EVD-DC50-TRIO", IsDc: true, 50_000, 3, ReportsSoc: true),
        new("EVD-DC100-CCS", IsDc: true, 100_000, 2, ReportsSoc: true),
    ];

    /// <summary>The fleet's mix repeats every six charge points, so any size has AC and DC.</summary>
    public static DemoModel ForIndex(int index) => Rotation[index % Rotation.Length];
}
