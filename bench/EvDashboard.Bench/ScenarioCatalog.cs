namespace EvDashboard.Bench;

/// <summary>The scenarios selectable with <c>--scenario</c>.</summary>
internal static class ScenarioCatalog
{
    private static readonly IBenchScenario[] s_scenarios =
    [
        new HeartbeatScenario(),
        new MeterValuesScenario(),
        new SessionScenario(),
        new StormScenario(),
        new SteveScenario(),
    ];

    public static IEnumerable<string> Names => s_scenarios.Select(s => s.Name);

    public static IBenchScenario? Find(string name) =>
        Array.Find(s_scenarios, s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
