using System.Text;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Tests.Core.Ocpp.Framing;

public sealed class OcppFrameWriterTests
{
    [Fact]
    public void WriteCall_RawPayload_WritesExactFrame()
    {
        var payload = """{"type":"Hard"}"""u8.ToArray();

        var frame = OcppFrameWriter.WriteCall("id-1", OcppActions.Reset, payload);

        Assert.Equal("""[2,"id-1","Reset",{"type":"Hard"}]""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void WriteCallResult_RawPayload_CopiesPayloadVerbatim()
    {
        var payload = """{ "status" : "Accepted" }"""u8.ToArray();

        var frame = OcppFrameWriter.WriteCallResult("19223201", payload);

        Assert.Equal("""[3,"19223201",{ "status" : "Accepted" }]""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void WriteCallResult_TypedPayload_WritesExactFrame()
    {
        var response = new HeartbeatResponse { CurrentTime = new DateTimeOffset(2026, 11, 21, 9, 0, 0, 123, TimeSpan.Zero) };

        var frame = OcppFrameWriter.WriteCallResult("7", response, OcppJsonContext.Default.HeartbeatResponse);

        Assert.Equal("""[3,"7",{"currentTime":"2026-11-21T09:00:00.123Z"}]""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void WriteCall_TypedPayload_WritesExactFrame()
    {
        var request = new RemoteStopTransactionRequest { TransactionId = 42 };

        var frame = OcppFrameWriter.WriteCall("c1", OcppActions.RemoteStopTransaction, request, OcppJsonContext.Default.RemoteStopTransactionRequest);

        Assert.Equal("""[2,"c1","RemoteStopTransaction",{"transactionId":42}]""", Encoding.UTF8.GetString(frame));
    }

    [Theory]
    [InlineData(OcppErrorCode.FormationViolation, "The frame is not valid JSON.", """[4,"-1","FormationViolation","The frame is not valid JSON.",{}]""")]
    [InlineData(OcppErrorCode.OccurenceConstraintViolation, "idTag: required field is missing", """[4,"-1","OccurenceConstraintViolation","idTag: required field is missing",{}]""")]
    [InlineData(OcppErrorCode.GenericError, "Zähler \"A\"", """[4,"-1","GenericError","Zähler \"A\"",{}]""")]
    public void WriteCallError_Description_WritesExactFrame(OcppErrorCode code, string description, string expected)
    {
        var messageId = OcppFrameWriter.UnknownMessageId;

        var frame = OcppFrameWriter.WriteCallError(messageId, code, description);

        Assert.Equal(expected, Encoding.UTF8.GetString(frame));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    [InlineData("{\"a\":")]
    public void WriteCallResult_PayloadNotAJsonObject_Throws(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);

        var exception = Record.Exception(() => OcppFrameWriter.WriteCallResult("1", bytes));

        Assert.IsAssignableFrom<ArgumentException>(exception);
    }

    [Fact]
    public void WriteCall_ParsedBack_YieldsSameIdActionAndPayload()
    {
        var payload = """{"idTag":"ABC"}"""u8.ToArray();

        var parsed = OcppFrameParser.Parse(OcppFrameWriter.WriteCall("m+1&2", OcppActions.Authorize, payload));

        var call = Assert.IsType<OcppCall>(parsed.Frame);
        Assert.Equal(("m+1&2", "Authorize", """{"idTag":"ABC"}"""), (call.MessageId, call.Action, call.Payload.GetRawText()));
    }

    [Theory]
    [InlineData(OcppErrorCode.NotImplemented, "NotImplemented")]
    [InlineData(OcppErrorCode.NotSupported, "NotSupported")]
    [InlineData(OcppErrorCode.InternalError, "InternalError")]
    [InlineData(OcppErrorCode.ProtocolError, "ProtocolError")]
    [InlineData(OcppErrorCode.SecurityError, "SecurityError")]
    [InlineData(OcppErrorCode.FormationViolation, "FormationViolation")]
    [InlineData(OcppErrorCode.PropertyConstraintViolation, "PropertyConstraintViolation")]
    [InlineData(OcppErrorCode.OccurenceConstraintViolation, "OccurenceConstraintViolation")]
    [InlineData(OcppErrorCode.TypeConstraintViolation, "TypeConstraintViolation")]
    [InlineData(OcppErrorCode.GenericError, "GenericError")]
    public void ToWireName_EachCode_ReturnsSpecSpelling(OcppErrorCode code, string expected)
    {
        var name = code.ToWireName();

        Assert.Equal(expected, name);
    }
}
