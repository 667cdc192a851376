using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>The values of a string "enum", comparable against raw UTF-8 without decoding the payload.</summary>
internal sealed class OcppAllowedValues
{
    private readonly byte[][] _utf8;
    private readonly FrozenSet<string> _strings;

    private OcppAllowedValues(IReadOnlyCollection<string> values)
    {
        _strings = values.ToFrozenSet(StringComparer.Ordinal);
        _utf8 = values.Select(Encoding.UTF8.GetBytes).ToArray();
    }

    public static OcppAllowedValues Of(params string[] values) => new(values);

    /// <summary>
    /// The wire names of an enum as <see cref="OcppJsonContext"/> writes them, so the validator and the serializer
    /// can never disagree on what a value is called.
    /// </summary>
    public static OcppAllowedValues Of<TEnum>(JsonTypeInfo<TEnum> typeInfo)
        where TEnum : struct, Enum =>
        new(Enum.GetValues<TEnum>().Select(value => JsonSerializer.Deserialize<string>(
            JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), OcppJsonContext.Default.String)!).ToArray());

    /// <summary>Enumerations are case-sensitive (the schemas' "enum" compares exactly).</summary>
    public bool Contains(ReadOnlySpan<byte> utf8)
    {
        foreach (var candidate in _utf8)
        {
            if (utf8.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    public bool Contains(string value) => _strings.Contains(value);
}
