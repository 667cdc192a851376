namespace EvDashboard.Bench;

/// <summary>
/// What one simulated charge point does after it has connected and sent BootNotification and
/// StatusNotification(Available). The runner calls the three steps in order on each charge point's own task.
/// New scenarios (reconnect storms, idle sockets) add a class and an entry in <see cref="ScenarioCatalog"/>.
/// </summary>
internal interface IBenchScenario
{
    string Name { get; }

    /// <summary>
    /// True when connecting and preparing is what is measured (a reconnect storm): the window runs from the first
    /// connection until every charge point is prepared, and <see cref="RunAsync"/> is not called.
    /// </summary>
    bool MeasuresConnect => false;

    /// <summary>Runs before the start line that all charge points wait at; not measured.</summary>
    Task PrepareAsync(ChargePoint chargePoint, CancellationToken cancellationToken);

    /// <summary>The closed loop; it ends, with no call outstanding, once <paramref name="stopToken"/> is cancelled.</summary>
    Task RunAsync(ChargePoint chargePoint, CancellationToken stopToken);

    /// <summary>One iteration of the loop, for fixed work (<c>--iterations</c>).</summary>
    Task RunOnceAsync(ChargePoint chargePoint) =>
        throw new NotSupportedException($"Scenario {Name} runs for a duration, not a number of iterations.");

    /// <summary>Leaves the charge point tidy (e.g. stops its transaction) after the measured window.</summary>
    Task FinishAsync(ChargePoint chargePoint, CancellationToken cancellationToken);
}
