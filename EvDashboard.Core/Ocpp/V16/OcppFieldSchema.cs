using System.Text;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>One named property of an object schema.</summary>
internal sealed class OcppFieldSchema(string name, OcppValueSchema value, OcppPresence presence)
{
    public string Name { get; } = name;

    /// <summary>The name as UTF-8, so looking the property up in a payload needs no transcoding.</summary>
    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    public OcppValueSchema Value { get; } = value;

    public bool IsRequired { get; } = presence == OcppPresence.Required;
}
