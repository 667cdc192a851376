using System.Text.Json;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Tests.Core.Ocpp.V16;

public sealed class OcppSchemaValidatorTests
{
    private const OcppMessageDirection Req = OcppMessageDirection.Request;
    private const OcppMessageDirection Conf = OcppMessageDirection.Response;

    private const string FullMeterValues = """
        {"connectorId":1,"transactionId":42,"meterValue":[
          {"timestamp":"2026-11-21T09:00:00.123Z","sampledValue":[
            {"value":"12345","context":"Sample.Periodic","format":"Raw","measurand":"Energy.Active.Import.Register","location":"Outlet","unit":"Wh"},
            {"value":"7.2","measurand":"Power.Active.Import","unit":"kW","phase":"L1-N"},
            {"value":"81","measurand":"SoC","location":"EV","unit":"Percent"},
            {"value":"21.5","measurand":"Temperature","location":"Body","unit":"Celsius"},
            {"value":"21.5","measurand":"Temperature","location":"Body","unit":"Celcius"}]},
          {"timestamp":"2026-11-21T10:00:00+01:00","sampledValue":[{"value":"12400"}]}]}
        """;

    [Theory]
    [InlineData(OcppActions.Authorize, Req, """{"idTag":"ABCDEFGHIJ0123456789"}""")]
    [InlineData(OcppActions.Authorize, Conf, """{"idTagInfo":{"status":"ConcurrentTx","expiryDate":"2026-12-31T23:59:59Z","parentIdTag":"P"}}""")]
    [InlineData(OcppActions.BootNotification, Req, """{"chargePointVendor":"V","chargePointModel":"M","iccid":"8931","imsi":"2620","firmwareVersion":"1.2.3"}""")]
    [InlineData(OcppActions.BootNotification, Conf, """{"status":"Pending","currentTime":"2026-11-21T09:00:00Z","interval":300}""")]
    [InlineData(OcppActions.Heartbeat, Req, "{}")]
    [InlineData(OcppActions.MeterValues, Req, FullMeterValues)]
    [InlineData(OcppActions.MeterValues, Conf, "{}")]
    [InlineData(OcppActions.StartTransaction, Req, """{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-11-21T09:00:00Z","reservationId":5}""")]
    [InlineData(OcppActions.StartTransaction, Conf, """{"idTagInfo":{"status":"Accepted"},"transactionId":1}""")]
    [InlineData(OcppActions.StopTransaction, Req, """{"meterStop":-5,"timestamp":"2026-11-21T09:00:00Z","transactionId":1,"reason":"EVDisconnected","transactionData":[]}""")]
    [InlineData(OcppActions.StopTransaction, Conf, "{}")]
    [InlineData(OcppActions.StatusNotification, Req, """{"connectorId":0,"errorCode":"NoError","status":"SuspendedEVSE","vendorErrorCode":"E12"}""")]
    [InlineData(OcppActions.DataTransfer, Req, """{"vendorId":"com.example","messageId":"m","data":"{\"a\":1}"}""")]
    [InlineData(OcppActions.DataTransfer, Conf, """{"status":"UnknownVendorId"}""")]
    [InlineData(OcppActions.GetConfiguration, Req, """{"key":["HeartbeatInterval","MeterValueSampleInterval"]}""")]
    [InlineData(OcppActions.GetConfiguration, Conf, """{"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"300"},{"key":"NumberOfConnectors","readonly":true}],"unknownKey":["Foo"]}""")]
    [InlineData(OcppActions.ChangeConfiguration, Conf, """{"status":"RebootRequired"}""")]
    [InlineData(OcppActions.RemoteStartTransaction, Req, """{"connectorId":1,"idTag":"T","chargingProfile":{"chargingProfileId":1,"stackLevel":0,"chargingProfilePurpose":"TxProfile","chargingProfileKind":"Relative","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.5,"numberPhases":3}]}}}""")]
    [InlineData(OcppActions.GetCompositeSchedule, Conf, """{"status":"Accepted","connectorId":1,"scheduleStart":"2026-11-21T09:00:00Z","chargingSchedule":{"duration":3600,"chargingRateUnit":"W","chargingSchedulePeriod":[{"startPeriod":0,"limit":11000},{"startPeriod":1800,"limit":7400.0}],"minChargingRate":1.5}}""")]
    [InlineData(OcppActions.SendLocalList, Req, """{"listVersion":3,"updateType":"Full","localAuthorizationList":[{"idTag":"A","idTagInfo":{"status":"Blocked"}},{"idTag":"B"}]}""")]
    [InlineData(OcppActions.UpdateFirmware, Req, """{"location":"https://fw.example.com/v2.bin","retrieveDate":"2026-11-21T09:00:00Z","retries":3}""")]
    [InlineData(OcppActions.GetDiagnostics, Conf, "{}")]
    [InlineData(OcppActions.TriggerMessage, Req, """{"requestedMessage":"StatusNotification","connectorId":2}""")]
    [InlineData(OcppActions.UnlockConnector, Conf, """{"status":"UnlockFailed"}""")]
    [InlineData(OcppActions.ReserveNow, Req, """{"connectorId":0,"expiryDate":"2026-11-21T09:00:00Z","idTag":"T","reservationId":1}""")]
    public void Validate_SchemaValidPayload_ReturnsNull(string action, OcppMessageDirection direction, string json)
    {
        using var payload = JsonDocument.Parse(json);

        var error = OcppSchemaValidator.Validate(action, direction, payload.RootElement);

        Assert.Null(error);
    }

    [Theory]
    [InlineData(OcppActions.Authorize, Req, "{}", "idTag: required field is missing")]
    [InlineData(OcppActions.BootNotification, Req, """{"chargePointVendor":"V"}""", "chargePointModel: required field is missing")]
    [InlineData(OcppActions.StartTransaction, Conf, """{"idTagInfo":{},"transactionId":1}""", "idTagInfo.status: required field is missing")]
    [InlineData(OcppActions.MeterValues, Req, """{"connectorId":1,"meterValue":[]}""", "meterValue: must contain at least one element")]
    [InlineData(OcppActions.MeterValues, Req, """{"connectorId":1,"meterValue":[{"timestamp":"2026-11-21T09:00:00Z","sampledValue":[{"unit":"Wh"}]}]}""", "meterValue[0].sampledValue[0].value: required field is missing")]
    [InlineData(OcppActions.GetConfiguration, Conf, """{"configurationKey":[{"key":"A"}]}""", "configurationKey[0].readonly: required field is missing")]
    public void Validate_RequiredFieldMissing_ReturnsOccurenceConstraintViolation(string action, OcppMessageDirection direction, string json, string description)
    {
        using var payload = JsonDocument.Parse(json);

        var error = OcppSchemaValidator.Validate(action, direction, payload.RootElement);

        Assert.Equal(new OcppValidationError(OcppErrorCode.OccurenceConstraintViolation, description), error);
    }

    [Theory]
    [InlineData(OcppActions.StatusNotification, """{"connectorId":"1","errorCode":"NoError","status":"Available"}""", "connectorId: expected an integer")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":1.5,"timestamp":"2026-11-21T09:00:00Z"}""", "meterStart: expected an integer")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":1e3,"timestamp":"2026-11-21T09:00:00Z"}""", "meterStart: expected an integer")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"yesterday"}""", "timestamp: not an RFC 3339 date-time with a time zone offset")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-11-21T09:00:00"}""", "timestamp: not an RFC 3339 date-time with a time zone offset")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-02-30T09:00:00Z"}""", "timestamp: not an RFC 3339 date-time with a time zone offset")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":1763715600}""", "timestamp: expected a date-time string")]
    [InlineData(OcppActions.Authorize, """{"idTag":12345}""", "idTag: expected a string")]
    [InlineData(OcppActions.Authorize, """{"idTag":null}""", "idTag: must not be null")]
    [InlineData(OcppActions.MeterValues, """{"connectorId":1,"meterValue":{"timestamp":"2026-11-21T09:00:00Z"}}""", "meterValue: expected an array")]
    [InlineData(OcppActions.MeterValues, """{"connectorId":1,"meterValue":["12"]}""", "meterValue[0]: expected an object")]
    [InlineData(OcppActions.UpdateFirmware, """{"location":"not a uri","retrieveDate":"2026-11-21T09:00:00Z"}""", "location: not an absolute URI")]
    public void Validate_WrongType_ReturnsTypeConstraintViolation(string action, string json, string description)
    {
        using var payload = JsonDocument.Parse(json);

        var error = OcppSchemaValidator.Validate(action, Req, payload.RootElement);

        Assert.Equal(new OcppValidationError(OcppErrorCode.TypeConstraintViolation, description), error);
    }

    [Fact]
    public void Validate_ReadonlyAsString_ReturnsTypeConstraintViolation()
    {
        using var payload = JsonDocument.Parse("""{"configurationKey":[{"key":"A","readonly":"true"}]}""");

        var error = OcppSchemaValidator.Validate(OcppActions.GetConfiguration, Conf, payload.RootElement);

        Assert.Equal(new OcppValidationError(OcppErrorCode.TypeConstraintViolation, "configurationKey[0].readonly: expected true or false"), error);
    }

    [Theory]
    [InlineData(OcppActions.Authorize, """{"idTag":"ABCDEFGHIJ01234567890"}""", "idTag: longer than 20 characters")]
    [InlineData(OcppActions.Authorize, """{"idTag":"ABCDEFGHIJ0123456789\u0041"}""", "idTag: longer than 20 characters")]
    [InlineData(OcppActions.StatusNotification, """{"connectorId":1,"errorCode":"NoError","status":"Broken"}""", "status: not one of the values the specification allows")]
    [InlineData(OcppActions.StatusNotification, """{"connectorId":1,"errorCode":"noerror","status":"Available"}""", "errorCode: not one of the values the specification allows")]
    [InlineData(OcppActions.StatusNotification, """{"connectorId":-1,"errorCode":"NoError","status":"Available"}""", "connectorId: must be at least 0")]
    [InlineData(OcppActions.StartTransaction, """{"connectorId":0,"idTag":"T","meterStart":0,"timestamp":"2026-11-21T09:00:00Z"}""", "connectorId: must be at least 1")]
    [InlineData(OcppActions.RemoteStopTransaction, """{"transactionId":2147483648}""", "transactionId: outside the 32-bit integer range")]
    [InlineData(OcppActions.MeterValues, """{"connectorId":1,"meterValue":[{"timestamp":"2026-11-21T09:00:00Z","sampledValue":[{"value":"1","measurand":"Foo"}]}]}""", "meterValue[0].sampledValue[0].measurand: not one of the values the specification allows")]
    [InlineData(OcppActions.MeterValues, """{"connectorId":1,"meterValue":[{"timestamp":"2026-11-21T09:00:00Z","sampledValue":[{"value":"1"},{"value":"2","unit":"kwh"}]}]}""", "meterValue[0].sampledValue[1].unit: not one of the values the specification allows")]
    [InlineData(OcppActions.SetChargingProfile, """{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":-1,"chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16}]}}}""", "csChargingProfiles.stackLevel: must be at least 0")]
    [InlineData(OcppActions.SetChargingProfile, """{"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,"chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute","chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.25}]}}}""", "csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit: more than one decimal place")]
    public void Validate_ValueOutOfBounds_ReturnsPropertyConstraintViolation(string action, string json, string description)
    {
        using var payload = JsonDocument.Parse(json);

        var error = OcppSchemaValidator.Validate(action, Req, payload.RootElement);

        Assert.Equal(new OcppValidationError(OcppErrorCode.PropertyConstraintViolation, description), error);
    }

    [Theory]
    [InlineData("é", 20)]
    [InlineData("\\u00e9", 20)]
    [InlineData("😀", 20)]
    public void Validate_IdTagOfTwentyCodePoints_ReturnsNull(string jsonCharacter, int count)
    {
        using var payload = JsonDocument.Parse($$"""{"idTag":"{{string.Concat(Enumerable.Repeat(jsonCharacter, count))}}"}""");

        var error = OcppSchemaValidator.Validate(OcppActions.Authorize, Req, payload.RootElement);

        Assert.Null(error);
    }

    [Theory]
    [InlineData("é", 21)]
    [InlineData("\\u00e9", 21)]
    [InlineData("😀", 21)]
    public void Validate_IdTagOfTwentyOneCodePoints_ReturnsPropertyConstraintViolation(string jsonCharacter, int count)
    {
        using var payload = JsonDocument.Parse($$"""{"idTag":"{{string.Concat(Enumerable.Repeat(jsonCharacter, count))}}"}""");

        var error = OcppSchemaValidator.Validate(OcppActions.Authorize, Req, payload.RootElement);

        Assert.Equal(OcppErrorCode.PropertyConstraintViolation, error?.Code);
    }

    [Fact]
    public void Validate_UnknownVendorFields_AreIgnored()
    {
        using var payload = JsonDocument.Parse("""{"idTag":"ABC","vendorExtension":{"anything":[1,2,3]}}""");

        var error = OcppSchemaValidator.Validate(OcppActions.Authorize, Req, payload.RootElement);

        Assert.Null(error);
    }

    [Fact]
    public void Validate_OptionalFieldNull_TreatsItAsAbsent()
    {
        using var payload = JsonDocument.Parse("""{"connectorId":1,"errorCode":"NoError","status":"Available","info":null,"timestamp":null}""");

        var error = OcppSchemaValidator.Validate(OcppActions.StatusNotification, Req, payload.RootElement);

        Assert.Null(error);
    }

    [Fact]
    public void Validate_EscapedEnumValue_ComparesDecodedText()
    {
        using var payload = JsonDocument.Parse("""{"status":"Acc\u0065pted"}""");

        var error = OcppSchemaValidator.Validate(OcppActions.Reset, Conf, payload.RootElement);

        Assert.Null(error);
    }

    [Fact]
    public void Validate_UnknownAction_ReturnsNotImplemented()
    {
        using var payload = JsonDocument.Parse("{}");

        var error = OcppSchemaValidator.Validate("Teleport", Req, payload.RootElement);

        Assert.Equal(OcppErrorCode.NotImplemented, error?.Code);
    }

    [Fact]
    public void Validate_PayloadNotAnObject_ReturnsFormationViolation()
    {
        using var payload = JsonDocument.Parse("[]");

        var error = OcppSchemaValidator.Validate(OcppActions.Heartbeat, Req, payload.RootElement);

        Assert.Equal(OcppErrorCode.FormationViolation, error?.Code);
    }

    [Fact]
    public void Validate_EveryAction_HasRequestAndResponseSchemas()
    {
        using var empty = JsonDocument.Parse("{}");

        var unknown = OcppActions.All
            .SelectMany(action => new[] { (action, Req), (action, Conf) })
            .Where(m => OcppSchemaValidator.Validate(m.action, m.Item2, empty.RootElement)?.Code == OcppErrorCode.NotImplemented)
            .ToList();

        Assert.Equal(28, OcppActions.All.Count);
        Assert.Empty(unknown);
    }
}
