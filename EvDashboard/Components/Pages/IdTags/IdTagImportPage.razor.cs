using EvDashboard.Components.Shared;
using EvDashboard.Core.Identity.Csv;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Radzen;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>Upload a CSV, see every row checked, then import all of it in one unit of work (or nothing).</summary>
public sealed partial class IdTagImportPage
{
    private const long MaxFileBytes = 2 * 1024 * 1024;
    private static IReadOnlyList<string> Columns => IdTagCsvColumns.All;

    private IdTagImportPreview? _preview;
    private bool _importing;

    [Inject]
    private IdTagImport Import { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private async Task OnFileAsync(InputFileChangeEventArgs e)
    {
        if (e.File.Size > MaxFileBytes)
        {
            _preview = new IdTagImportPreview([], [$"The file is {e.File.Size / 1024:N0} KB; at most {MaxFileBytes / 1024:N0} KB."]);
            return;
        }

        // Buffered first: the upload stream is asynchronous-only, the CSV reader reads synchronously too.
        using var buffer = new MemoryStream();
        await using (var upload = e.File.OpenReadStream(MaxFileBytes))
        {
            await upload.CopyToAsync(buffer);
        }

        buffer.Position = 0;
        _preview = await Import.PreviewAsync(buffer, CancellationToken.None);
    }

    private async Task ImportAsync()
    {
        if (_preview is not { CanImport: true } preview)
        {
            return;
        }

        _importing = true;
        var actor = await CurrentActor.FromAsync(AuthenticationStateTask);
        var (created, updated) = await Import.ImportAsync(preview, actor, CancellationToken.None);
        _importing = false;
        Notifications.Notify(new NotificationMessage { Severity = NotificationSeverity.Success, Summary = "Imported", Detail = $"{created} created, {updated} updated." });
        Navigation.NavigateTo("/idtags");
    }
}
