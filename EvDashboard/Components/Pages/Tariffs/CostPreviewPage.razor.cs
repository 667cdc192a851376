using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Calculation;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>
/// "What would this cost": the tariff a connector (and group) would freeze on a session started now, or one picked
/// directly, and a sample session's breakdown computed exactly as the bill would be.
/// </summary>
public sealed partial class CostPreviewPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CostSample _sample = new();
    private IReadOnlyList<ChargePointChoice> _chargePoints = [];
    private IReadOnlyList<string> _groups = [];
    private IReadOnlyList<TariffRow> _tariffs = [];
    private bool _byTariff;
    private string? _chargePointId;
    private int? _connectorId;
    private string? _group;
    private int? _tariffId;
    private string _choice = "Pick a charge point and connector.";
    private TariffDefinition? _definition;
    private TariffErrors? _sampleErrors;
    private CostBreakdown? _breakdown;

    [Inject]
    private TariffQueries Queries { get; set; } = default!;

    [Inject]
    private TariffPreviewer Previewer { get; set; } = default!;

    /// <summary>Deep links (from a station's page, or to share a case): ?chargePointId=CP-1&amp;connectorId=2&amp;group=FLEET, or ?tariffId=3.</summary>
    [SupplyParameterFromQuery(Name = "chargePointId")]
    public string? ChargePointQuery { get; set; }

    [SupplyParameterFromQuery(Name = "connectorId")]
    public int? ConnectorQuery { get; set; }

    [SupplyParameterFromQuery(Name = "group")]
    public string? GroupQuery { get; set; }

    [SupplyParameterFromQuery(Name = "tariffId")]
    public int? TariffQuery { get; set; }

    private IEnumerable<int?> Connectors =>
        _chargePoints.FirstOrDefault(c => c.Id == _chargePointId)?.Connectors.Select(c => (int?)c) ?? [];

    protected override async Task OnInitializedAsync()
    {
        _sample.LocalStart = Previewer.LocalNow().Date.AddHours(18);
        _chargePoints = await Queries.ChargePointsAsync(_lifetime.Token);
        _groups = await Queries.IdTagGroupsAsync(_lifetime.Token);
        _tariffs = await Queries.ListAsync(includeArchived: false, _lifetime.Token);
        (_byTariff, _tariffId, _chargePointId, _connectorId, _group) = (TariffQuery is not null, TariffQuery, ChargePointQuery, ConnectorQuery, GroupQuery);
        await ChooseAsync();
    }

    private Task OnChargePointAsync()
    {
        // A charge point with one connector needs no second choice.
        var connectors = Connectors.ToList();
        _connectorId = connectors.Count == 1 ? connectors[0] : null;
        return ChooseAsync();
    }

    private async Task ChooseAsync()
    {
        (_definition, _choice) = _byTariff ? ChooseTariff() : await ResolveAsync();
        Recalculate();
    }

    private (TariffDefinition?, string) ChooseTariff() =>
        _tariffs.FirstOrDefault(t => t.Id == _tariffId) is { Definition: { } definition } tariff
            ? (definition, $"{tariff.Name}, version {tariff.CurrentVersion}: {tariff.Summary}")
            : (null, "Pick a tariff.");

    private async Task<(TariffDefinition?, string)> ResolveAsync()
    {
        if (_chargePointId is not { } chargePointId || _connectorId is not { } connectorId)
        {
            return (null, "Pick a charge point and connector.");
        }

        var resolved = await Previewer.ResolveAsync(chargePointId, connectorId, _group, _lifetime.Token);
        if (resolved is null)
        {
            return (null, "No tariff applies here: a session would not be priced. Assign one on a tariff's page.");
        }

        var source = new TariffTarget(resolved.Scope, resolved.Scope == TariffScope.Site ? null : chargePointId,
            resolved.Scope == TariffScope.Connector ? connectorId : null, resolved.IdTagGroup).Describe();
        return (resolved.Definition, $"{resolved.TariffName}, version {resolved.Version} (assigned to {source})");
    }

    private void Recalculate()
    {
        var input = _sample.ToInput();
        _sampleErrors = Previewer.Validate(input);
        _breakdown = _definition is not null && _sampleErrors.IsEmpty ? Previewer.Price(_definition, input) : null;
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
