using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>Writes OCPP-J 1.6 frames (§4.2) as UTF-8 JSON, ready to send as one WebSocket text message.</summary>
public static class OcppFrameWriter
{
    /// <summary>
    /// The message id to answer with when none could be read from the offending frame: OCPP-J 1.6 gives no rule
    /// for that case, and "-1" is what charge points and central systems commonly use.
    /// </summary>
    public const string UnknownMessageId = "-1";

    // Frames are never embedded in HTML, so only JSON's own escaping is needed: non-ASCII text in descriptions and
    // '+' or '&' in message ids go out as sent instead of as \uXXXX escapes.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <c>[2,"id","action",payload]</c>; the payload must be a JSON object.</summary>
    public static byte[] WriteCall(string messageId, string action, ReadOnlySpan<byte> payloadUtf8)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(action);
        EnsureObject(payloadUtf8);
        var buffer = new ArrayBufferWriter<byte>(payloadUtf8.Length + 64);
        using (var writer = Begin(buffer, OcppMessageTypeId.Call, messageId))
        {
            writer.WriteStringValue(action);
            WritePayload(writer, payloadUtf8);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>[2,"id","action",payload]</c>, serializing the payload straight into the frame.</summary>
    public static byte[] WriteCall<T>(string messageId, string action, T payload, JsonTypeInfo<T> payloadTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(payloadTypeInfo);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = Begin(buffer, OcppMessageTypeId.Call, messageId))
        {
            writer.WriteStringValue(action);
            JsonSerializer.Serialize(writer, payload, payloadTypeInfo);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>[3,"id",payload]</c>; the payload must be a JSON object.</summary>
    public static byte[] WriteCallResult(string messageId, ReadOnlySpan<byte> payloadUtf8)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        EnsureObject(payloadUtf8);
        var buffer = new ArrayBufferWriter<byte>(payloadUtf8.Length + 48);
        using (var writer = Begin(buffer, OcppMessageTypeId.CallResult, messageId))
        {
            WritePayload(writer, payloadUtf8);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>[3,"id",payload]</c>, serializing the payload straight into the frame.</summary>
    public static byte[] WriteCallResult<T>(string messageId, T payload, JsonTypeInfo<T> payloadTypeInfo)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(payloadTypeInfo);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = Begin(buffer, OcppMessageTypeId.CallResult, messageId))
        {
            JsonSerializer.Serialize(writer, payload, payloadTypeInfo);
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes <c>[4,"id","code","description",{}]</c>. OCPP-J 1.6 §4.2.3 requires the details element; we send
    /// an empty object because descriptions already carry the useful detail.
    /// </summary>
    public static byte[] WriteCallError(string messageId, OcppErrorCode code, string description)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(description);
        var buffer = new ArrayBufferWriter<byte>(description.Length + 96);
        using (var writer = Begin(buffer, OcppMessageTypeId.CallError, messageId))
        {
            writer.WriteStringValue(code.ToWireName());
            writer.WriteStringValue(description);
            writer.WriteStartObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Utf8JsonWriter Begin(ArrayBufferWriter<byte> buffer, OcppMessageTypeId typeId, string messageId)
    {
        var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartArray();
        writer.WriteNumberValue((int)typeId);
        writer.WriteStringValue(messageId);
        return writer;
    }

    /// <summary>Copies the payload bytes verbatim; the writer still checks that they are one valid JSON value.</summary>
    private static void WritePayload(Utf8JsonWriter writer, ReadOnlySpan<byte> payloadUtf8)
    {
        try
        {
            writer.WriteRawValue(payloadUtf8);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("An OCPP payload must be valid JSON.", nameof(payloadUtf8), e);
        }
    }

    /// <summary>
    /// OCPP-J 1.6 §4.2: a payload is always a JSON object. Catching a caller's mistake here beats a charger
    /// rejecting the frame.
    /// </summary>
    private static void EnsureObject(ReadOnlySpan<byte> payloadUtf8)
    {
        var trimmed = payloadUtf8.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            throw new ArgumentException("An OCPP payload must be a JSON object.", nameof(payloadUtf8));
        }
    }
}
