using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Checks a JSON value against an <see cref="OcppValueSchema"/> and maps each kind of violation to the OCPP-J 1.6
/// §4.2.3 error code: missing → OccurenceConstraintViolation, wrong JSON type or unreadable date-time/URI →
/// TypeConstraintViolation, too long / not in the enum / out of range → PropertyConstraintViolation.
/// </summary>
/// <remarks>
/// Deliberately lenient where real chargers deviate harmlessly: properties the schema does not name are ignored
/// (vendors add their own fields, although the schemas say "additionalProperties": false), and an optional field
/// sent as null counts as absent. Works on the raw UTF-8 of the payload and allocates nothing for a valid one.
/// </remarks>
internal static class OcppPayloadChecker
{
    public static OcppSchemaFailure? Check(JsonElement value, OcppValueSchema schema) => schema.Kind switch
    {
        OcppSchemaKind.String => CheckString(value, schema),
        OcppSchemaKind.DateTime => CheckDateTime(value),
        OcppSchemaKind.Uri => CheckUri(value),
        OcppSchemaKind.Integer => CheckInteger(value, schema),
        OcppSchemaKind.Tenths => CheckTenths(value),
        OcppSchemaKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? null
            : OcppSchemaFailure.WrongType("expected true or false"),
        OcppSchemaKind.Object => CheckObject(value, schema),
        _ => CheckArray(value, schema),
    };

    public static OcppSchemaFailure? CheckObject(JsonElement value, OcppValueSchema schema)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return OcppSchemaFailure.WrongType("expected an object");
        }

        foreach (var field in schema.Properties)
        {
            if (!value.TryGetProperty(field.Utf8Name, out var property) || property.ValueKind == JsonValueKind.Null)
            {
                if (field.IsRequired)
                {
                    var failure = property.ValueKind == JsonValueKind.Null
                        ? OcppSchemaFailure.WrongType("must not be null")
                        : OcppSchemaFailure.Missing();
                    return failure.Under(field.Name);
                }

                continue;
            }

            if (Check(property, field.Value) is { } invalid)
            {
                return invalid.Under(field.Name);
            }
        }

        return null;
    }

    private static OcppSchemaFailure? CheckArray(JsonElement value, OcppValueSchema schema)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return OcppSchemaFailure.WrongType("expected an array");
        }

        if (value.GetArrayLength() < schema.MinItems)
        {
            return OcppSchemaFailure.Missing() with { Message = "must contain at least one element" };
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (Check(item, schema.Items!) is { } invalid)
            {
                return invalid.Under(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));
            }

            index++;
        }

        return null;
    }

    private static OcppSchemaFailure? CheckString(JsonElement value, OcppValueSchema schema)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return OcppSchemaFailure.WrongType("expected a string");
        }

        var raw = RawString(value, out var escaped);

        // A string never has more characters than UTF-8 bytes, so most strings skip the count.
        if (schema.MaxLength is { } maxLength && raw.Length > maxLength && CountCharacters(value, raw, escaped) > maxLength)
        {
            return OcppSchemaFailure.BadValue(
                string.Create(CultureInfo.InvariantCulture, $"longer than {maxLength} characters"));
        }

        if (schema.AllowedValues is { } allowed && !(escaped ? allowed.Contains(value.GetString()!) : allowed.Contains(raw)))
        {
            return OcppSchemaFailure.BadValue("not one of the values the specification allows");
        }

        return null;
    }

    private static OcppSchemaFailure? CheckDateTime(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return OcppSchemaFailure.WrongType("expected a date-time string");
        }

        var raw = RawString(value, out var escaped);
        var valid = escaped
            ? Rfc3339DateTime.TryParse(Encoding.UTF8.GetBytes(value.GetString()!), out _)
            : Rfc3339DateTime.TryParse(raw, out _);
        return valid ? null : OcppSchemaFailure.WrongType("not an RFC 3339 date-time with a time zone offset");
    }

    private static OcppSchemaFailure? CheckUri(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return OcppSchemaFailure.WrongType("expected a URI string");
        }

        return Uri.TryCreate(value.GetString(), UriKind.Absolute, out _)
            ? null
            : OcppSchemaFailure.WrongType("not an absolute URI");
    }

    private static OcppSchemaFailure? CheckInteger(JsonElement value, OcppValueSchema schema)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return OcppSchemaFailure.WrongType("expected an integer");
        }

        if (!value.TryGetInt32(out var number))
        {
            // Payloads bind to int: a whole number beyond its range is a bad value, 1.5 or 1e3 is not an integer.
            return IsIntegerLiteral(JsonMarshal.GetRawUtf8Value(value))
                ? OcppSchemaFailure.BadValue("outside the 32-bit integer range")
                : OcppSchemaFailure.WrongType("expected an integer");
        }

        return number < schema.Minimum
            ? OcppSchemaFailure.BadValue(string.Create(CultureInfo.InvariantCulture, $"must be at least {schema.Minimum}"))
            : null;
    }

    /// <summary>OCPP 1.6 §7.13/§7.14: limits accept at most one fraction digit ("multipleOf": 0.1).</summary>
    private static OcppSchemaFailure? CheckTenths(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            return OcppSchemaFailure.WrongType("expected a number");
        }

        if (!value.TryGetDecimal(out var number))
        {
            return OcppSchemaFailure.BadValue("outside the supported range");
        }

        return decimal.Round(number, 1) == number ? null : OcppSchemaFailure.BadValue("more than one decimal place");
    }

    /// <summary>The string's UTF-8 bytes without the quotes, still escaped if <paramref name="escaped"/>.</summary>
    private static ReadOnlySpan<byte> RawString(JsonElement value, out bool escaped)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        raw = raw[1..^1];
        escaped = raw.Contains((byte)'\\');
        return raw;
    }

    /// <summary>Counts code points, as JSON Schema's maxLength does: a surrogate pair is one character.</summary>
    private static int CountCharacters(JsonElement value, ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped)
        {
            var count = 0;
            foreach (var b in raw)
            {
                count += (b & 0xC0) == 0x80 ? 0 : 1;
            }

            return count;
        }

        var text = value.GetString()!;
        var lowSurrogates = 0;
        foreach (var c in text)
        {
            lowSurrogates += char.IsLowSurrogate(c) ? 1 : 0;
        }

        return text.Length - lowSurrogates;
    }

    private static bool IsIntegerLiteral(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == '-' ? raw[1..] : raw;
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }
}
