using System.Text;
using System.Text.RegularExpressions;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>A message the <see cref="SmtpSink"/> accepted: the envelope, the raw text, and its headers and MIME parts decoded.</summary>
public sealed partial record SmtpSinkMessage(string From, IReadOnlyList<string> Recipients, string Raw)
{
    /// <summary>A header's value, unfolded and with RFC 2047 encoded words decoded; null when absent.</summary>
    public string? Header(string name) => Header(Split(Raw).Headers, name);

    public string? Subject => Header("Subject");

    /// <summary>The decoded content of the MIME part of <paramref name="mediaType"/> (e.g. text/plain), null when there is none.</summary>
    public string? Part(string mediaType)
    {
        var (headers, body) = Split(Raw);
        var boundary = Header(headers, "Content-Type") is { } type && BoundaryPattern().Match(type) is { Success: true } match ? match.Groups[1].Value : null;
        if (boundary is null)
        {
            return Header(headers, "Content-Type")?.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase) == true ? Decode(headers, body) : null;
        }

        foreach (var section in body.Split("--" + boundary, StringSplitOptions.None).Skip(1))
        {
            var (partHeaders, partBody) = Split(section.TrimStart('\r', '\n'));
            if (Header(partHeaders, "Content-Type")?.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase) == true)
            {
                return Decode(partHeaders, partBody);
            }
        }

        return null;
    }

    private static (string Headers, string Body) Split(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 4)..]);
    }

    private static string? Header(string headers, string name)
    {
        var unfolded = headers.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return DecodeWords(line[(name.Length + 1)..].Trim());
            }
        }

        return null;
    }

    private static string Decode(string headers, string body)
    {
        var encoding = Header(headers, "Content-Transfer-Encoding")?.Trim().ToLowerInvariant();
        var content = body.TrimEnd('\r', '\n', '-');
        return encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(content.Split("\r\n").Select(l => l.Trim())))),
            "quoted-printable" => QuotedPrintable(content),
            _ => content,
        };
    }

    private static string QuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string DecodeWords(string value) =>
        EncodedWordPattern().Replace(WordGapPattern().Replace(value, "?==?"), m => m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[3].Value))
            : QuotedPrintable(m.Groups[3].Value.Replace('_', ' ')));

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BQbq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex WordGapPattern();
}
