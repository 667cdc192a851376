using EvDashboard.Core.Revenue.Reports;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Reports;

/// <summary>
/// Range presets and custom dates, grouping (only what the report offers), comparison and charge point. The fields start
/// from the page's request, so the bar always shows what the address asked for.
/// </summary>
public sealed partial class ReportFilterBar
{
    private const string CustomRange = "Custom";

    private ReportRequest? _shown;
    private DateTime? _from;
    private DateTime? _to;
    private ReportGrouping _groupBy;
    private ReportComparison _compare;
    private string? _chargePointId;
    private string? _error;
    private IReadOnlyList<Choice<string>> _chargePoints = [];

    [Parameter, EditorRequired]
    public ReportRequest Request { get; set; } = default!;

    /// <summary>The site's local date, for the presets.</summary>
    [Parameter]
    public DateOnly Today { get; set; }

    [Inject]
    private ChargePointQueries ChargePoints { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IEnumerable<string> PresetNames => ReportRangePresets.For(Today).Select(p => p.Text).Append(CustomRange);

    private string PresetName => _from is { } from && _to is { } to
        ? ReportRangePresets.Matching(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), Today)?.Text ?? CustomRange
        : CustomRange;

    private IEnumerable<Choice<ReportGrouping>> Groupings =>
        ReportRequest.GroupingsOf(Request.Kind).Select(g => new Choice<ReportGrouping>(GroupingText(g), g));

    private static IEnumerable<Choice<ReportComparison>> Comparisons =>
    [
        new("Nothing", ReportComparison.None),
        new("Previous period", ReportComparison.PreviousPeriod),
        new("Same period last year", ReportComparison.PreviousYear),
    ];

    protected override async Task OnInitializedAsync()
    {
        var chargePoints = await ChargePoints.ListAsync(CancellationToken.None);
        _chargePoints = chargePoints.Select(c => new Choice<string>(string.IsNullOrWhiteSpace(c.Name) ? c.Id : $"{c.Id} · {c.Name}", c.Id)).ToList();
    }

    protected override void OnParametersSet()
    {
        if (Request == _shown)
        {
            return;
        }

        _shown = Request;
        (_from, _to) = (Request.From.ToDateTime(TimeOnly.MinValue), Request.To.ToDateTime(TimeOnly.MinValue));
        (_groupBy, _compare, _chargePointId, _error) = (Request.GroupBy, Request.Compare, Request.ChargePointId, null);
    }

    private static string GroupingText(ReportGrouping grouping) => grouping switch
    {
        ReportGrouping.ChargePoint => "Charge point",
        ReportGrouping.Group => "idTag group",
        _ => grouping.ToString(),
    };

    private void ChoosePreset(string? text)
    {
        if (ReportRangePresets.For(Today).FirstOrDefault(p => p.Text == text) is { } preset)
        {
            (_from, _to) = (preset.From.ToDateTime(TimeOnly.MinValue), preset.To.ToDateTime(TimeOnly.MinValue));
        }
    }

    private void Apply()
    {
        if (_from is not { } fromValue || _to is not { } toValue)
        {
            _error = "Choose both a from and a to date.";
            return;
        }

        var (from, to) = (DateOnly.FromDateTime(fromValue), DateOnly.FromDateTime(toValue));
        if (from > to)
        {
            _error = "The from date is after the to date.";
            return;
        }

        if (to.DayNumber - from.DayNumber + 1 > ReportRequest.MaxDays)
        {
            _error = $"Choose a range of at most {ReportRequest.MaxDays} days.";
            return;
        }

        _error = null;
        var request = new ReportRequest(Request.Kind, from, to, _groupBy, _compare, string.IsNullOrWhiteSpace(_chargePointId) ? null : _chargePointId);
        Navigation.NavigateTo($"/reports/{ReportRequest.KindName(Request.Kind)}?{request.ToQuery()}");
    }

    private sealed record Choice<T>(string Text, T Value);
}
