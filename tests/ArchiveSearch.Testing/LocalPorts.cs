using System.Net;
using System.Net.Sockets;

namespace ArchiveSearch.Testing;

/// <summary>Ports for services a test starts on the loopback interface.</summary>
public static class LocalPorts
{
    /// <summary>A port no one listens on now, chosen by the system.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
