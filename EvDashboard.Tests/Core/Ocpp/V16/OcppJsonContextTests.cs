using System.Text.Json;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Tests.Core.Ocpp.V16;

public sealed class OcppJsonContextTests
{
    private static readonly DateTimeOffset NineOClock = new(2026, 11, 21, 9, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Serialize_BootNotificationResponse_WritesSpecJson()
    {
        var response = new BootNotificationResponse { Status = RegistrationStatus.Accepted, CurrentTime = NineOClock, Interval = 300 };

        var json = JsonSerializer.Serialize(response, OcppJsonContext.Default.BootNotificationResponse);

        Assert.Equal("""{"status":"Accepted","currentTime":"2026-11-21T09:00:00.123Z","interval":300}""", json);
    }

    [Fact]
    public void Serialize_StartTransactionResponseWithIdTagInfo_WritesSpecJson()
    {
        var response = new StartTransactionResponse
        {
            IdTagInfo = new IdTagInfo
            {
                Status = AuthorizationStatus.ConcurrentTx,
                ExpiryDate = new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)),
                ParentIdTag = "FLEET-7",
            },
            TransactionId = 42,
        };

        var json = JsonSerializer.Serialize(response, OcppJsonContext.Default.StartTransactionResponse);

        Assert.Equal(
            """{"idTagInfo":{"status":"ConcurrentTx","expiryDate":"2027-01-01T00:00:00.000Z","parentIdTag":"FLEET-7"},"transactionId":42}""",
            json);
    }

    [Fact]
    public void Serialize_NullOptionalFields_AreOmitted()
    {
        var response = new StartTransactionResponse { IdTagInfo = new IdTagInfo { Status = AuthorizationStatus.Invalid }, TransactionId = 1 };

        var json = JsonSerializer.Serialize(response, OcppJsonContext.Default.StartTransactionResponse);

        Assert.Equal("""{"idTagInfo":{"status":"Invalid"},"transactionId":1}""", json);
    }

    [Fact]
    public void Serialize_PayloadWithoutFields_WritesEmptyObject()
    {
        var response = new MeterValuesResponse();

        var json = JsonSerializer.Serialize(response, OcppJsonContext.Default.MeterValuesResponse);

        Assert.Equal("{}", json);
    }

    [Fact]
    public void Serialize_StatusNotificationRequest_WritesEnumsAsSpecStrings()
    {
        var request = new StatusNotificationRequest
        {
            ConnectorId = 2,
            ErrorCode = ChargePointErrorCode.EVCommunicationError,
            Status = ChargePointStatus.SuspendedEVSE,
        };

        var json = JsonSerializer.Serialize(request, OcppJsonContext.Default.StatusNotificationRequest);

        Assert.Equal("""{"connectorId":2,"errorCode":"EVCommunicationError","status":"SuspendedEVSE"}""", json);
    }

    [Fact]
    public void RoundTrip_MeterValuesRequest_KeepsEveryField()
    {
        const string json = """{"connectorId":1,"transactionId":42,"meterValue":[{"timestamp":"2026-11-21T09:00:00.123Z","sampledValue":[{"value":"12345.6","context":"Sample.Clock","format":"Raw","measurand":"Energy.Active.Import.Register","phase":"L1","location":"Outlet","unit":"kWh"},{"value":"81","measurand":"SoC","unit":"Percent"}]}]}""";

        var request = JsonSerializer.Deserialize(json, OcppJsonContext.Default.MeterValuesRequest)!;
        var written = JsonSerializer.Serialize(request, OcppJsonContext.Default.MeterValuesRequest);

        Assert.Equal(json, written);
        Assert.Equal(NineOClock, request.MeterValue[0].Timestamp);
        Assert.Equal("Energy.Active.Import.Register", request.MeterValue[0].SampledValue[0].Measurand);
    }

    [Fact]
    public void RoundTrip_SetChargingProfileRequest_KeepsDecimalLimits()
    {
        const string json = """{"connectorId":0,"csChargingProfiles":{"chargingProfileId":7,"stackLevel":1,"chargingProfilePurpose":"ChargePointMaxProfile","chargingProfileKind":"Recurring","recurrencyKind":"Daily","chargingSchedule":{"startSchedule":"2026-11-21T00:00:00.000Z","chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":16.1,"numberPhases":3}],"minChargingRate":6.0}}}""";

        var request = JsonSerializer.Deserialize(json, OcppJsonContext.Default.SetChargingProfileRequest)!;
        var written = JsonSerializer.Serialize(request, OcppJsonContext.Default.SetChargingProfileRequest);

        Assert.Equal(json, written);
        Assert.Equal(16.1m, request.CsChargingProfiles.ChargingSchedule.ChargingSchedulePeriod[0].Limit);
    }

    [Fact]
    public void RoundTrip_BootNotificationRequest_UsesSpecFieldNames()
    {
        const string json = """{"chargePointVendor":"Acme","chargePointModel":"AC22","chargePointSerialNumber":"CP-1","chargeBoxSerialNumber":"CB-1","firmwareVersion":"1.2.3","iccid":"8931000000000000001","imsi":"262010000000001","meterType":"EM340","meterSerialNumber":"M-9"}""";

        var request = JsonSerializer.Deserialize(json, OcppJsonContext.Default.BootNotificationRequest)!;
        var written = JsonSerializer.Serialize(request, OcppJsonContext.Default.BootNotificationRequest);

        Assert.Equal(json, written);
        Assert.Equal(("8931000000000000001", "262010000000001"), (request.Iccid, request.Imsi));
    }

    [Fact]
    public void RoundTrip_GetConfigurationResponse_KeepsReadonlyAndUnknownKeys()
    {
        const string json = """{"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"300"},{"key":"NumberOfConnectors","readonly":true}],"unknownKey":["Foo"]}""";

        var response = JsonSerializer.Deserialize(json, OcppJsonContext.Default.GetConfigurationResponse)!;
        var written = JsonSerializer.Serialize(response, OcppJsonContext.Default.GetConfigurationResponse);

        Assert.Equal(json, written);
        Assert.True(response.ConfigurationKey![1].Readonly);
    }

    [Fact]
    public void Serialize_ResponsesBuiltInCode_PassTheSchemaValidator()
    {
        var boot = JsonSerializer.SerializeToElement(
            new BootNotificationResponse { Status = RegistrationStatus.Rejected, CurrentTime = NineOClock, Interval = 60 },
            OcppJsonContext.Default.BootNotificationResponse);
        var stop = JsonSerializer.SerializeToElement(
            new StopTransactionResponse { IdTagInfo = new IdTagInfo { Status = AuthorizationStatus.Expired, ExpiryDate = NineOClock } },
            OcppJsonContext.Default.StopTransactionResponse);

        var errors = new[]
        {
            OcppSchemaValidator.Validate(OcppActions.BootNotification, OcppMessageDirection.Response, boot),
            OcppSchemaValidator.Validate(OcppActions.StopTransaction, OcppMessageDirection.Response, stop),
        };

        Assert.All(errors, Assert.Null);
    }

    [Theory]
    [InlineData("2026-11-21T09:00:00Z", "2026-11-21T09:00:00.000Z")]
    [InlineData("2026-11-21T10:00:00+01:00", "2026-11-21T09:00:00.000Z")]
    [InlineData("2026-11-21T04:30:00-04:30", "2026-11-21T09:00:00.000Z")]
    [InlineData("2026-11-21t09:00:00.1234567z", "2026-11-21T09:00:00.123Z")]
    [InlineData("2026-11-21T09:00:00.123456789Z", "2026-11-21T09:00:00.123Z")]
    [InlineData("2024-02-29T23:59:59.9+00:00", "2024-02-29T23:59:59.900Z")]
    public void Deserialize_Rfc3339Timestamp_ReadsInstantAndWritesUtcMilliseconds(string wire, string expected)
    {
        var json = $$"""{"currentTime":"{{wire}}"}""";

        var response = JsonSerializer.Deserialize(json, OcppJsonContext.Default.HeartbeatResponse)!;
        var written = JsonSerializer.Serialize(response, OcppJsonContext.Default.HeartbeatResponse);

        Assert.Equal($$"""{"currentTime":"{{expected}}"}""", written);
    }

    [Theory]
    [InlineData("2026-11-21T09:00:00")]
    [InlineData("2026-11-21 09:00:00Z")]
    [InlineData("2026-11-21")]
    [InlineData("2026-13-01T09:00:00Z")]
    [InlineData("2025-02-29T09:00:00Z")]
    [InlineData("2026-11-21T24:00:00Z")]
    [InlineData("2026-11-21T09:00:60Z")]
    [InlineData("2026-11-21T09:00:00.Z")]
    [InlineData("2026-11-21T09:00:00+15:00")]
    [InlineData("2026-11-21T09:00:00+0100")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("21/11/2026")]
    public void Deserialize_InvalidTimestamp_ThrowsJsonException(string wire)
    {
        var json = $$"""{"currentTime":"{{wire}}"}""";

        var exception = Record.Exception(() => JsonSerializer.Deserialize(json, OcppJsonContext.Default.HeartbeatResponse));

        Assert.IsAssignableFrom<JsonException>(exception);
    }
}
