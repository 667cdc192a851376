using System.Text.Json;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>
/// Turns one WebSocket text message into an <see cref="OcppFrame"/>, or into the CALLERROR to answer with.
/// </summary>
/// <remarks>
/// Rules (OCPP-J 1.6 §4): a frame is a JSON array whose element 0 is the MessageTypeId (§4.1.3) and element 1 the
/// message id (§4.1.4).
/// <list type="bullet">
/// <item>Invalid JSON, or JSON that is not an array → FormationViolation, no id (nothing in it can be trusted).</item>
/// <item>Element 0 not the integer 2, 3 or 4 → FormationViolation, with the id when element 1 is a string.
/// §4.1.3 lets a receiver ignore unknown types; reporting it leaves that choice to the caller.</item>
/// <item>Message id not a string → FormationViolation, no id; a string of 0 or more than 36 characters →
/// FormationViolation that keeps the id, so the caller can still answer with it.</item>
/// <item>CALL <c>[2,id,action,payload]</c>, CALLRESULT <c>[3,id,payload]</c>: a missing action or payload →
/// ProtocolError ("payload for Action is incomplete", §4.2.3); an action that is not a string, a payload that is
/// not an object, or extra elements → FormationViolation.</item>
/// <item>CALLERROR <c>[4,id,code,description,details]</c>: code and description must be strings; details may be
/// missing or null (read as <c>{}</c>) because several chargers drop it, otherwise it must be an object.</item>
/// </list>
/// Never throws: every input maps to a result. Payload elements own a copy of their bytes, so they stay valid after
/// the receive buffer is reused.
/// </remarks>
public static class OcppFrameParser
{
    /// <summary>OCPP-J 1.6 §4.1.4: a message id has at most 36 characters, enough for a GUID.</summary>
    public const int MaxMessageIdLength = 36;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private static readonly JsonElement EmptyObject = CreateEmptyObject();

    public static OcppParseResult Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        try
        {
            var result = ParseFrame(ref reader);

            // A structural failure returns before the end of the input: reading on makes sure that input which is
            // not even valid JSON is reported as such, and that nothing trails a well-formed frame.
            while (reader.Read())
            {
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return OcppParseResult.Failure(OcppErrorCode.FormationViolation, "The frame is not valid JSON.");
        }
    }

    private static OcppParseResult ParseFrame(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return Formation("The frame is not a JSON array.", null);
        }

        var typeId = NextElement(ref reader) ? ReadMessageTypeId(ref reader) : null;
        var messageId = NextElement(ref reader) && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (typeId is null)
        {
            return Formation("Element 0 is not the message type 2 (CALL), 3 (CALLRESULT) or 4 (CALLERROR).", messageId);
        }

        if (messageId is null)
        {
            return Formation("Element 1, the message id, is missing or not a string.", null);
        }

        if (messageId.Length is 0 or > MaxMessageIdLength)
        {
            return Formation("The message id must be 1 to 36 characters long.", messageId);
        }

        return typeId switch
        {
            OcppMessageTypeId.Call => ParseCall(ref reader, messageId),
            OcppMessageTypeId.CallResult => ParseCallResult(ref reader, messageId),
            _ => ParseCallError(ref reader, messageId),
        };
    }

    private static OcppParseResult ParseCall(ref Utf8JsonReader reader, string messageId)
    {
        if (!NextElement(ref reader))
        {
            return OcppParseResult.Failure(OcppErrorCode.ProtocolError, "The CALL has no action.", messageId);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Formation("The CALL's action is not a string.", messageId);
        }

        var action = reader.GetString()!;
        return ReadPayload(ref reader, "CALL", messageId, out var payload)
            ?? Complete(ref reader, new OcppCall(messageId, action, payload));
    }

    private static OcppParseResult ParseCallResult(ref Utf8JsonReader reader, string messageId) =>
        ReadPayload(ref reader, "CALLRESULT", messageId, out var payload)
            ?? Complete(ref reader, new OcppCallResult(messageId, payload));

    private static OcppParseResult ParseCallError(ref Utf8JsonReader reader, string messageId)
    {
        if (!NextElement(ref reader) || reader.TokenType != JsonTokenType.String)
        {
            return Incomplete(ref reader, "The CALLERROR's error code is missing or not a string.", messageId);
        }

        var errorCode = reader.GetString()!;
        if (!NextElement(ref reader) || reader.TokenType != JsonTokenType.String)
        {
            return Incomplete(ref reader, "The CALLERROR's error description is missing or not a string.", messageId);
        }

        var description = reader.GetString()!;
        if (!NextElement(ref reader) || reader.TokenType == JsonTokenType.Null)
        {
            return Complete(ref reader, new OcppCallError(messageId, errorCode, description, EmptyObject));
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Formation("The CALLERROR's error details are not a JSON object.", messageId);
        }

        var details = JsonElement.ParseValue(ref reader);
        return Complete(ref reader, new OcppCallError(messageId, errorCode, description, details));
    }

    /// <summary>Reads the payload object, or returns the failure to answer with.</summary>
    private static OcppParseResult? ReadPayload(
        ref Utf8JsonReader reader, string frameKind, string messageId, out JsonElement payload)
    {
        payload = default;
        if (!NextElement(ref reader))
        {
            return OcppParseResult.Failure(OcppErrorCode.ProtocolError, $"The {frameKind} has no payload.", messageId);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Formation($"The {frameKind} payload is not a JSON object.", messageId);
        }

        // ParseValue copies the object's bytes into a document of its own: the element outlives the input span.
        payload = JsonElement.ParseValue(ref reader);
        return null;
    }

    private static OcppParseResult Complete(ref Utf8JsonReader reader, OcppFrame frame) =>
        NextElement(ref reader)
            ? Formation("The frame has more elements than its message type allows.", frame.MessageId)
            : OcppParseResult.Success(frame);

    /// <summary>A missing element means the frame is incomplete (ProtocolError); a present one has the wrong type.</summary>
    private static OcppParseResult Incomplete(ref Utf8JsonReader reader, string description, string messageId) =>
        reader.TokenType == JsonTokenType.EndArray
            ? OcppParseResult.Failure(OcppErrorCode.ProtocolError, description, messageId)
            : Formation(description, messageId);

    private static OcppMessageTypeId? ReadMessageTypeId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var typeId) && typeId is >= 2 and <= 4)
        {
            return (OcppMessageTypeId)typeId;
        }

        reader.Skip();
        return null;
    }

    /// <summary>Moves to the next array element; false when the array has ended.</summary>
    private static bool NextElement(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    private static OcppParseResult Formation(string description, string? messageId) =>
        OcppParseResult.Failure(OcppErrorCode.FormationViolation, description, messageId);

    private static JsonElement CreateEmptyObject()
    {
        using var document = JsonDocument.Parse("{}"u8.ToArray());
        return document.RootElement.Clone();
    }
}
