namespace Multiprocessing.Tests.Connections;

/// <summary>The entries the connection tests start in real child processes.</summary>
public static class ConnectionEntries
{
    [ProcessEntry]
    public static void SendHello(Connection connection)
    {
        connection.Send("hello world");
        connection.Close();
    }

    /// <summary>Answers each order with its total until the parent closes its end; returns how many it answered.</summary>
    [ProcessEntry]
    public static int TotalOrders(Connection connection)
    {
        int answered = 0;
        try
        {
            while (true)
            {
                var order = connection.Receive<Order>();
                connection.Send(order.Quantities.Sum());
                answered++;
            }
        }
        catch (ConnectionClosedException)
        {
            return answered;
        }
    }

    /// <summary>Echoes byte messages back until the parent closes its end.</summary>
    [ProcessEntry]
    public static async Task EchoBytesAsync(Connection connection)
    {
        try
        {
            while (true)
            {
                await connection.SendBytesAsync(await connection.ReceiveBytesAsync());
            }
        }
        catch (ConnectionClosedException)
        {
        }
    }

    /// <summary>Sends <paramref name="size"/> bytes whose values follow their position, and returns their checksum.</summary>
    [ProcessEntry]
    public static long SendLarge(Connection connection, int size)
    {
        var data = Pattern(size);
        connection.SendBytes(data);
        return Checksum(data);
    }

    /// <summary>Receives one message and reports what a child sees: its length, or the exception's type name.</summary>
    [ProcessEntry]
    public static string ReceiveAndDescribe(Connection connection)
    {
        try
        {
            return $"received {connection.Receive<string>()}";
        }
        catch (Exception exception)
        {
            return exception.GetType().Name;
        }
    }

    [ProcessEntry]
    public static void SendOnly(Connection sender, string text) => sender.Send(text);

    /// <summary>Connects to a listener with the key inherited from the parent, says hello and returns the answer.</summary>
    [ProcessEntry]
    public static string ConnectAndGreet(string address)
    {
        using var connection = Client.Connect(address);
        connection.Send($"hello from {Environment.ProcessId}");
        return connection.Receive<string>();
    }

    /// <summary>Waits for the word, then sends it back and exits a little later, so that the parent sees the two apart.</summary>
    [ProcessEntry]
    public static void EchoOnceThenLinger(Connection connection, int lingerMilliseconds)
    {
        connection.Send(connection.Receive<string>());
        Thread.Sleep(lingerMilliseconds);
    }

    public static byte[] Pattern(int size)
    {
        var data = new byte[size];
        for (int i = 0; i < size; i++)
        {
            data[i] = (byte)(i * 31 + (i >> 8));
        }

        return data;
    }

    public static long Checksum(byte[] data)
    {
        long sum = 0;
        for (int i = 0; i < data.Length; i++)
        {
            sum = sum * 31 + data[i];
        }

        return sum;
    }
}
