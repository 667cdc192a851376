using System.Text.Json.Serialization;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Source-generated System.Text.Json metadata for every OCPP 1.6 request and response payload, in both directions:
/// <c>JsonSerializer.Serialize(x, OcppJsonContext.Default.BootNotificationResponse)</c> writes spec-exact JSON.
/// </summary>
/// <remarks>
/// camelCase property names are the spec's field names (OCPP 1.6 §6); optional fields are omitted rather than
/// written as null because the 1.6 schemas give no field a null type; enums are written as their member names,
/// which are the spec's values; timestamps go through <see cref="OcppDateTimeConverter"/>. Payloads are checked
/// by <see cref="OcppSchemaValidator"/> before they are bound here, so binding only sees schema-valid JSON.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(OcppDateTimeConverter)])]
[JsonSerializable(typeof(AuthorizeRequest))]
[JsonSerializable(typeof(AuthorizeResponse))]
[JsonSerializable(typeof(BootNotificationRequest))]
[JsonSerializable(typeof(BootNotificationResponse))]
[JsonSerializable(typeof(CancelReservationRequest))]
[JsonSerializable(typeof(CancelReservationResponse))]
[JsonSerializable(typeof(ChangeAvailabilityRequest))]
[JsonSerializable(typeof(ChangeAvailabilityResponse))]
[JsonSerializable(typeof(ChangeConfigurationRequest))]
[JsonSerializable(typeof(ChangeConfigurationResponse))]
[JsonSerializable(typeof(ClearCacheRequest))]
[JsonSerializable(typeof(ClearCacheResponse))]
[JsonSerializable(typeof(ClearChargingProfileRequest))]
[JsonSerializable(typeof(ClearChargingProfileResponse))]
[JsonSerializable(typeof(DataTransferRequest))]
[JsonSerializable(typeof(DataTransferResponse))]
[JsonSerializable(typeof(DiagnosticsStatusNotificationRequest))]
[JsonSerializable(typeof(DiagnosticsStatusNotificationResponse))]
[JsonSerializable(typeof(FirmwareStatusNotificationRequest))]
[JsonSerializable(typeof(FirmwareStatusNotificationResponse))]
[JsonSerializable(typeof(GetCompositeScheduleRequest))]
[JsonSerializable(typeof(GetCompositeScheduleResponse))]
[JsonSerializable(typeof(GetConfigurationRequest))]
[JsonSerializable(typeof(GetConfigurationResponse))]
[JsonSerializable(typeof(GetDiagnosticsRequest))]
[JsonSerializable(typeof(GetDiagnosticsResponse))]
[JsonSerializable(typeof(GetLocalListVersionRequest))]
[JsonSerializable(typeof(GetLocalListVersionResponse))]
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(HeartbeatResponse))]
[JsonSerializable(typeof(MeterValuesRequest))]
[JsonSerializable(typeof(MeterValuesResponse))]
[JsonSerializable(typeof(RemoteStartTransactionRequest))]
[JsonSerializable(typeof(RemoteStartTransactionResponse))]
[JsonSerializable(typeof(RemoteStopTransactionRequest))]
[JsonSerializable(typeof(RemoteStopTransactionResponse))]
[JsonSerializable(typeof(ReserveNowRequest))]
[JsonSerializable(typeof(ReserveNowResponse))]
[JsonSerializable(typeof(ResetRequest))]
[JsonSerializable(typeof(ResetResponse))]
[JsonSerializable(typeof(SendLocalListRequest))]
[JsonSerializable(typeof(SendLocalListResponse))]
[JsonSerializable(typeof(SetChargingProfileRequest))]
[JsonSerializable(typeof(SetChargingProfileResponse))]
[JsonSerializable(typeof(StartTransactionRequest))]
[JsonSerializable(typeof(StartTransactionResponse))]
[JsonSerializable(typeof(StatusNotificationRequest))]
[JsonSerializable(typeof(StatusNotificationResponse))]
[JsonSerializable(typeof(StopTransactionRequest))]
[JsonSerializable(typeof(StopTransactionResponse))]
[JsonSerializable(typeof(TriggerMessageRequest))]
[JsonSerializable(typeof(TriggerMessageResponse))]
[JsonSerializable(typeof(UnlockConnectorRequest))]
[JsonSerializable(typeof(UnlockConnectorResponse))]
[JsonSerializable(typeof(UpdateFirmwareRequest))]
[JsonSerializable(typeof(UpdateFirmwareResponse))]
public sealed partial class OcppJsonContext : JsonSerializerContext;
