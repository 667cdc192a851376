using System.Text;
using System.Text.Json;
using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Tests.Core.Ocpp.Framing;

public sealed class OcppFrameParserTests
{
    private const string Id36 = "0123456789abcdef0123456789abcdef0123";
    private const string Id37 = Id36 + "4";

    [Theory]
    [InlineData("""[2,"19223201","BootNotification",{"chargePointVendor":"V","chargePointModel":"M"}]""", typeof(OcppCall), "19223201", "BootNotification")]
    [InlineData(""" [ 2 , "a" , "Heartbeat" , { } ] """, typeof(OcppCall), "a", "Heartbeat")]
    [InlineData("""[2,"0123456789abcdef0123456789abcdef0123","Heartbeat",{}]""", typeof(OcppCall), Id36, "Heartbeat")]
    [InlineData("""[2,"x","VendorSpecificThing",{}]""", typeof(OcppCall), "x", "VendorSpecificThing")]
    [InlineData("""[3,"19223201",{"currentTime":"2026-11-21T09:00:00Z"}]""", typeof(OcppCallResult), "19223201", null)]
    [InlineData("""[4,"19223201","NotImplemented","Unknown action",{"hint":1}]""", typeof(OcppCallError), "19223201", null)]
    [InlineData("""[4,"19223201","GenericError",""]""", typeof(OcppCallError), "19223201", null)]
    [InlineData("""[4,"19223201","GenericError","",null]""", typeof(OcppCallError), "19223201", null)]
    public void Parse_WellFormedFrame_ReturnsFrame(string json, Type frameType, string messageId, string? action)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var result = OcppFrameParser.Parse(bytes);

        Assert.True(result.IsSuccess, result.Description);
        Assert.IsType(frameType, result.Frame);
        Assert.Equal(messageId, result.Frame.MessageId);
        Assert.Equal(messageId, result.MessageId);
        Assert.Equal(action, (result.Frame as OcppCall)?.Action);
    }

    [Theory]
    [InlineData("", OcppErrorCode.FormationViolation, null)]
    [InlineData("not json", OcppErrorCode.FormationViolation, null)]
    [InlineData("""{"a":1}""", OcppErrorCode.FormationViolation, null)]
    [InlineData("[]", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,"abc","Heartbeat",{}""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,"abc","Heartbeat",{"a":}]""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,"abc","Heartbeat",{}] trailing""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,"abc","Heartbeat",{}]]""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[5,"abc",""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[5,"abc","Heartbeat",{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""["2","abc","Heartbeat",{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[2.0,"abc","Heartbeat",{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[{"type":2},"abc"]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[5,7]""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2]""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,123,"Heartbeat",{}]""", OcppErrorCode.FormationViolation, null)]
    [InlineData("""[2,"","Heartbeat",{}]""", OcppErrorCode.FormationViolation, "")]
    [InlineData("""[2,"0123456789abcdef0123456789abcdef01234","Heartbeat",{}]""", OcppErrorCode.FormationViolation, Id37)]
    [InlineData("""[2,"abc"]""", OcppErrorCode.ProtocolError, "abc")]
    [InlineData("""[2,"abc","Heartbeat"]""", OcppErrorCode.ProtocolError, "abc")]
    [InlineData("""[2,"abc",7,{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[2,"abc","Heartbeat",[]]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[2,"abc","Heartbeat","{}"]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[2,"abc","Heartbeat",{},{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[3,"abc"]""", OcppErrorCode.ProtocolError, "abc")]
    [InlineData("""[3,"abc",null]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[3,"abc",{},1]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[4,"abc"]""", OcppErrorCode.ProtocolError, "abc")]
    [InlineData("""[4,"abc","GenericError"]""", OcppErrorCode.ProtocolError, "abc")]
    [InlineData("""[4,"abc",1,"x",{}]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[4,"abc","GenericError","x",[]]""", OcppErrorCode.FormationViolation, "abc")]
    [InlineData("""[4,"abc","GenericError","x",{},{}]""", OcppErrorCode.FormationViolation, "abc")]
    public void Parse_MalformedFrame_ReturnsErrorCodeAndReadableId(string json, OcppErrorCode code, string? messageId)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var result = OcppFrameParser.Parse(bytes);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Frame);
        Assert.Equal(code, result.Code);
        Assert.Equal(messageId, result.MessageId);
        Assert.NotEmpty(result.Description);
    }

    [Fact]
    public void Parse_CallPayload_OutlivesInputBuffer()
    {
        var bytes = Encoding.UTF8.GetBytes("""[2,"1","Authorize",{"idTag":"ABC123"}]""");

        var result = OcppFrameParser.Parse(bytes);
        Array.Clear(bytes);

        var call = Assert.IsType<OcppCall>(result.Frame);
        Assert.Equal("ABC123", call.Payload.GetProperty("idTag").GetString());
    }

    [Fact]
    public void Parse_CallError_KeepsCodeDescriptionAndDetails()
    {
        var bytes = Encoding.UTF8.GetBytes("""[4,"9","PropertyConstraintViolation","idTag too long",{"field":"idTag"}]""");

        var result = OcppFrameParser.Parse(bytes);

        var error = Assert.IsType<OcppCallError>(result.Frame);
        Assert.Equal("PropertyConstraintViolation", error.ErrorCode);
        Assert.Equal("idTag too long", error.ErrorDescription);
        Assert.Equal("idTag", error.ErrorDetails.GetProperty("field").GetString());
    }

    [Fact]
    public void Parse_CallErrorWithoutDetails_ReadsEmptyObject()
    {
        var bytes = Encoding.UTF8.GetBytes("""[4,"9","InternalError","boom"]""");

        var result = OcppFrameParser.Parse(bytes);

        var error = Assert.IsType<OcppCallError>(result.Frame);
        Assert.Equal(JsonValueKind.Object, error.ErrorDetails.ValueKind);
        Assert.Equal("{}", error.ErrorDetails.GetRawText());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00 })]
    [InlineData(new byte[] { (byte)'[', (byte)'2', (byte)',', (byte)'"', 0xC3, (byte)'"', (byte)']' })]
    [InlineData(new byte[] { (byte)'[', (byte)'[', (byte)'[', (byte)'[' })]
    public void Parse_ArbitraryBytes_ReturnsFormationViolation(byte[] bytes)
    {
        var result = OcppFrameParser.Parse(bytes);

        Assert.False(result.IsSuccess);
        Assert.Equal(OcppErrorCode.FormationViolation, result.Code);
    }

    [Fact]
    public void Parse_DeeplyNestedPayload_ReturnsFormationViolation()
    {
        var json = """[2,"1","DataTransfer",""" + string.Concat(Enumerable.Repeat("""{"a":""", 200)) + "1"
            + new string('}', 200) + "]";

        var result = OcppFrameParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(OcppErrorCode.FormationViolation, result.Code);
    }
}
