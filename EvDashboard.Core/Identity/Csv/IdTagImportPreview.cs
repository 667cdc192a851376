namespace EvDashboard.Core.Identity.Csv;

/// <summary>An import checked but not applied: every row with its errors, and errors about the file as a whole.</summary>
public sealed record IdTagImportPreview(IReadOnlyList<IdTagImportRow> Rows, IReadOnlyList<string> FileErrors)
{
    public bool CanImport => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);

    public int ErrorCount => FileErrors.Count + Rows.Count(r => !r.IsValid);
}
