namespace EvDashboard.Reports;

/// <summary>
/// For libraries that finish a file with seeks and synchronous writes (OpenXml's zip package, PdfSharp's cross-reference
/// table), which a response body allows neither of: such a file is made in a temp file that the OS removes when it is
/// closed, then copied out asynchronously — never held whole in memory. A seekable output (a file) is written directly.
/// </summary>
internal static class SeekableOutput
{
    public static async Task WriteAsync(Stream output, Action<Stream> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(write);
        if (output.CanSeek)
        {
            write(output);
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"evd-report-{Guid.NewGuid():N}.tmp");
        await using var temp = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        write(temp);
        temp.Position = 0;
        await temp.CopyToAsync(output, cancellationToken);
    }
}
