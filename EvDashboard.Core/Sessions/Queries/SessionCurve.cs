namespace EvDashboard.Core.Sessions.Queries;

/// <summary>
/// A session's energy, power and SoC over time, built from its stored samples and extended as new ones arrive
/// (late, offline-buffered samples fall into place by timestamp). Long sessions are thinned to at most
/// <c>maxPoints</c> points (power averaged per bucket) so a chart stays light. Not thread-safe: one per page.
/// </summary>
public sealed class SessionCurve(long meterStartWh, int maxPoints = SessionCurve.DefaultMaxPoints)
{
    public const int DefaultMaxPoints = 600;

    /// <summary>A rate above 10 MW between two register readings is a meter glitch, not charging.</summary>
    private const double MaxDerivedPowerW = 10_000_000;

    private readonly SortedDictionary<DateTimeOffset, Reading> _readings = [];
    private IReadOnlyList<SessionCurvePoint>? _points;

    /// <summary>The newest sample id taken in; ask for samples after it to extend the curve.</summary>
    public long LastSampleId { get; private set; }

    public bool HasSoc { get; private set; }

    public int Count => _readings.Count;

    /// <summary>True when the charger sends no power reading and the curve's power comes from the energy register.</summary>
    public bool PowerDerived => _readings.Count > 0 && !_readings.Values.Any(r => r.PowerW is not null);

    public IReadOnlyList<SessionCurvePoint> Points => _points ??= Thin(Build());

    public void Add(IEnumerable<CurveSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        foreach (var sample in samples)
        {
            LastSampleId = Math.Max(LastSampleId, sample.Id);
            if (!_readings.TryGetValue(sample.Timestamp, out var reading))
            {
                reading = new Reading();
                _readings.Add(sample.Timestamp, reading);
            }

            reading.Take(sample);
            HasSoc |= reading.SocPercent is not null;
            _points = null;
        }
    }

    private List<SessionCurvePoint> Build()
    {
        var measuredPower = _readings.Values.Any(r => r.PowerW is not null);
        var points = new List<SessionCurvePoint>(_readings.Count);
        (DateTimeOffset At, long Wh)? previousEnergy = null;
        foreach (var (at, reading) in _readings)
        {
            var power = reading.PowerW;
            if (!measuredPower && reading.RegisterWh is { } wh && previousEnergy is { } previous)
            {
                power = Derive(previous.At, previous.Wh, at, wh);
            }

            if (reading.RegisterWh is { } registerWh)
            {
                previousEnergy = (at, registerWh);
            }

            var energy = reading.RegisterWh is { } r ? Math.Max(0, r - meterStartWh) : (long?)null;
            if (energy is not null || power is not null || reading.SocPercent is not null)
            {
                points.Add(new SessionCurvePoint(at, energy, power, reading.SocPercent));
            }
        }

        return points;
    }

    private static long? Derive(DateTimeOffset fromAt, long fromWh, DateTimeOffset toAt, long toWh)
    {
        var seconds = (toAt - fromAt).TotalSeconds;
        var watts = (toWh - fromWh) * 3600d / seconds;
        return seconds > 0 && toWh >= fromWh && watts <= MaxDerivedPowerW ? (long)Math.Round(watts, MidpointRounding.AwayFromZero) : null;
    }

    private List<SessionCurvePoint> Thin(List<SessionCurvePoint> points)
    {
        if (points.Count <= maxPoints)
        {
            return points;
        }

        var size = (points.Count + maxPoints - 1) / maxPoints;
        return points.Chunk(size).Select(bucket =>
        {
            var powers = bucket.Where(p => p.PowerW is not null).Select(p => (double)p.PowerW!.Value).ToList();
            return new SessionCurvePoint(
                bucket[^1].Timestamp,
                bucket.LastOrDefault(p => p.EnergyWh is not null)?.EnergyWh,
                powers.Count > 0 ? (long)Math.Round(powers.Average(), MidpointRounding.AwayFromZero) : null,
                bucket.LastOrDefault(p => p.SocPercent is not null)?.SocPercent);
        }).ToList();
    }

    /// <summary>Everything sent with one timestamp.</summary>
    private sealed class Reading
    {
        private readonly Dictionary<string, long> _phasePowerW = new(StringComparer.Ordinal);
        private long? _totalPowerW;
        private bool _registerAtOutlet;

        public long? RegisterWh { get; private set; }

        public int? SocPercent { get; private set; }

        /// <summary>The total when sent, otherwise the sum of the line phases.</summary>
        public long? PowerW => _totalPowerW ?? (_phasePowerW.Count > 0 ? _phasePowerW.Values.Sum() : null);

        public void Take(CurveSample sample)
        {
            switch (sample.Measurand)
            {
                case SampledReading.EnergyRegister when sample.Phase.Length == 0 && sample.Wh is { } wh && sample.Location is "Outlet" or "Cable" or "EV":
                    // The outlet's register is the one billing uses; a cable or EV register only stands in for it.
                    if (RegisterWh is null || (!_registerAtOutlet && sample.Location == "Outlet"))
                    {
                        RegisterWh = wh;
                        _registerAtOutlet = sample.Location == "Outlet";
                    }

                    break;
                case SampledReading.ActivePower when sample.Value is { } value && SampledReading.ToWhole(sample.Unit == "kW" ? value * 1000 : value) is { } watts:
                    TakePower(sample.Phase, watts);
                    break;
                case SampledReading.StateOfCharge when sample.Value is { } soc:
                    SocPercent = (int)Math.Round(Math.Clamp(soc, 0, 100), MidpointRounding.AwayFromZero);
                    break;
            }
        }

        private void TakePower(string phase, long watts)
        {
            if (phase.Length == 0)
            {
                _totalPowerW = watts;
                return;
            }

            // OCPP 1.6 §7.33: a line's power comes as L1 or L1-N; line-to-line readings (L1-L2) would count twice.
            var line = phase switch
            {
                "L1" or "L1-N" => "L1",
                "L2" or "L2-N" => "L2",
                "L3" or "L3-N" => "L3",
                _ => null,
            };
            if (line is not null)
            {
                _phasePowerW[line] = watts;
            }
        }
    }
}
