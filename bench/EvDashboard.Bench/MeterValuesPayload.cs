namespace EvDashboard.Bench;

/// <summary>
/// Writes a MeterValues payload with one meterValue of ten sampled values, using only measurands, units,
/// phases, locations and contexts from OCPP 1.6 §7.31 (SampledValue) and its enumerations.
/// In 1.6 every value is a string, hence the quotes around the numbers.
/// </summary>
internal static class MeterValuesPayload
{
    public const int SampleCount = 10;

    public static void Write(FrameBuffer frame, int transactionId, DateTime timestamp, ChargePointMeter meter)
    {
        frame.Append("{\"connectorId\":1,\"transactionId\":"u8);
        frame.Append(transactionId);
        frame.Append(",\"meterValue\":[{\"timestamp\":\""u8);
        frame.AppendTimestamp(timestamp);
        frame.Append("\",\"sampledValue\":["u8);

        frame.Append("{\"value\":\""u8);
        frame.Append(meter.EnergyWh);
        frame.Append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Energy.Active.Import.Register\",\"location\":\"Outlet\",\"unit\":\"Wh\"},"u8);

        frame.Append("{\"value\":\""u8);
        frame.Append(meter.PowerW);
        frame.Append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Power.Active.Import\",\"location\":\"Outlet\",\"unit\":\"W\"},"u8);

        WriteCurrent(frame, meter, 1, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Current.Import\",\"phase\":\"L1\",\"location\":\"Outlet\",\"unit\":\"A\"},"u8);
        WriteCurrent(frame, meter, 2, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Current.Import\",\"phase\":\"L2\",\"location\":\"Outlet\",\"unit\":\"A\"},"u8);
        WriteCurrent(frame, meter, 3, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Current.Import\",\"phase\":\"L3\",\"location\":\"Outlet\",\"unit\":\"A\"},"u8);

        // §7.31: phase-to-neutral voltages are reported as L1-N, L2-N, L3-N.
        WriteVoltage(frame, meter, 1, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Voltage\",\"phase\":\"L1-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"u8);
        WriteVoltage(frame, meter, 2, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Voltage\",\"phase\":\"L2-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"u8);
        WriteVoltage(frame, meter, 3, "\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Voltage\",\"phase\":\"L3-N\",\"location\":\"Outlet\",\"unit\":\"V\"},"u8);

        frame.Append("{\"value\":\""u8);
        frame.Append(meter.StateOfChargePercent);
        frame.Append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"SoC\",\"location\":\"EV\",\"unit\":\"Percent\"},"u8);

        frame.Append("{\"value\":\""u8);
        frame.AppendTenths(meter.TemperatureTenthsC);
        frame.Append("\",\"context\":\"Sample.Periodic\",\"format\":\"Raw\",\"measurand\":\"Temperature\",\"location\":\"Body\",\"unit\":\"Celsius\"}"u8);

        frame.Append("]}]}"u8);
    }

    private static void WriteCurrent(FrameBuffer frame, ChargePointMeter meter, int phase, ReadOnlySpan<byte> rest)
    {
        frame.Append("{\"value\":\""u8);
        frame.AppendTenths(meter.CurrentTenthsA(phase));
        frame.Append(rest);
    }

    private static void WriteVoltage(FrameBuffer frame, ChargePointMeter meter, int phase, ReadOnlySpan<byte> rest)
    {
        frame.Append("{\"value\":\""u8);
        frame.AppendTenths(meter.VoltageTenthsV(phase));
        frame.Append(rest);
    }
}
