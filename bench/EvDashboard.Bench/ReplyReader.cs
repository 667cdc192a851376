using System.Text.Json;

namespace EvDashboard.Bench;

/// <summary>Reads the few answer fields the simulated charge points act on, without building a DOM.</summary>
internal static class ReplyReader
{
    /// <summary>Reads an integer property of the payload object itself (depth 1).</summary>
    public static bool TryGetInt32(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> name, out int value)
    {
        value = 0;
        var reader = new Utf8JsonReader(payload);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals(name))
                return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value);
        }

        return false;
    }

    /// <summary>
    /// Whether <c>status</c> equals <paramref name="expected"/>: the payload's own (BootNotification.conf) or,
    /// with <paramref name="inIdTagInfo"/>, the one inside <c>idTagInfo</c> (Authorize/StartTransaction.conf).
    /// </summary>
    public static bool StatusIs(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> expected, bool inIdTagInfo)
    {
        var reader = new Utf8JsonReader(payload);
        var statusDepth = inIdTagInfo ? 2 : 1;
        var insideIdTagInfo = false;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
                continue;
            if (reader.CurrentDepth == 1)
                insideIdTagInfo = reader.ValueTextEquals("idTagInfo"u8);
            if (reader.CurrentDepth == statusDepth && (!inIdTagInfo || insideIdTagInfo) && reader.ValueTextEquals("status"u8))
                return reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(expected);
        }

        return false;
    }
}
