using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Reads any RFC 3339 date-time with an offset; writes UTC with a 'Z' and exactly three fraction digits
/// (<c>2026-11-21T09:00:00.123Z</c>).
/// </summary>
/// <remarks>
/// The OCPP 1.6 JSON schemas only say "date-time"; UTC with a 'Z' is the form every charger understands, and
/// three fraction digits are the most that the small ISO 8601 parsers in charger firmware reliably accept.
/// </remarks>
internal sealed class OcppDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An OCPP date-time must be a JSON string.");
        }

        // Escaped or segmented text is rare enough to take the allocating path.
        var parsed = reader.HasValueSequence || reader.ValueIsEscaped
            ? Rfc3339DateTime.TryParse(Encoding.UTF8.GetBytes(reader.GetString()!), out var value)
            : Rfc3339DateTime.TryParse(reader.ValueSpan, out value);
        return parsed ? value : throw new JsonException("An OCPP date-time must be RFC 3339 with an offset.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> utf8 = stackalloc byte[32];
        value.UtcDateTime.TryFormat(utf8, out var written, WireFormat, CultureInfo.InvariantCulture);
        writer.WriteStringValue(utf8[..written]);
    }
}
