using System.Globalization;
using EvDashboard.Core.Tariffs.Queries;
using Microsoft.AspNetCore.Components;

namespace EvDashboard.Components.Pages.Tariffs;

/// <summary>The tariff catalogue: every tariff with its current prices in one line, where it is assigned, archived ones on request.</summary>
public sealed partial class TariffsPage : IDisposable
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<TariffRow> _rows = [];
    private bool _showArchived;
    private bool _loading;

    [Inject]
    private TariffQueries Queries { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private Core.Sites.SiteClock Clock { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loading = true;
        _rows = await Queries.ListAsync(_showArchived, _lifetime.Token);
        _loading = false;
    }

    private string When(DateTimeOffset at) => Clock.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
