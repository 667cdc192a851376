namespace EvDashboard.Bench;

/// <summary>What the server acknowledged for one transaction of one charge point (one row of the ack log).</summary>
/// <param name="TransactionId">The id from the accepted StartTransaction answer.</param>
/// <param name="MeterValues">MeterValues CALLs answered with a CALLRESULT.</param>
/// <param name="Samples">Sampled values in those MeterValues.</param>
/// <param name="LastRegisterWh">Energy.Active.Import.Register of the last acknowledged MeterValues, if any.</param>
/// <param name="LastTimestamp">Timestamp of the last acknowledged MeterValues, if any.</param>
internal sealed record AckedTransaction(int TransactionId, long MeterValues, long Samples, long? LastRegisterWh, DateTime? LastTimestamp);
