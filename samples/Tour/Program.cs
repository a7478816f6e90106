// A tour of Multiprocessing for .NET: Python's multiprocessing, done the C# way. Each section is one feature;
// `dotnet run --project samples/Tour` runs them all.
using System.Net;
using System.Net.Sockets;
using Multiprocessing;

// Python's `if __name__ == "__main__":`. A child is this program started again: there, this line runs the entry
// the child was started for and exits, so nothing below it runs twice. Keep it the first statement.
ProcessGuard.Enter();

Console.WriteLine($"== Tour: main process {Process.Current.Name}, pid {Process.Current.Pid}, {Process.CpuCount} CPUs");

// 1. Start a [ProcessEntry] method in a child and get its return value back (Python has no return value).
Console.WriteLine("-- 1. a result from a child");
var square = Process.Create(Tour.Square, 7);
square.Start();
Console.WriteLine($"Square(7) = {await square.Result}, computed by pid {square.Pid}, exit code {square.ExitCode}");

// A child may start children of its own; they are named after their parent, as in Python.
var nested = Process.Create(Tour.StartGrandchild);
nested.Start();
Console.WriteLine($"{nested.Name} started {await nested.Result}");

// 2. Ten children, one after the other (the seed's first example); each prints its parent's pid and its own.
Console.WriteLine("-- 2. children started and joined one after another");
for (int i = 0; i < 10; i++)
{
    var info = Process.Create(Tour.Info, i);
    info.Start();
    info.Join();
}

// 3. An exception in a child comes back with its type, message and stack; the exit code is 1, as in Python.
Console.WriteLine("-- 3. an exception in a child");
var failing = Process.Create(Tour.Divide, 1, 0);
failing.Start();
try
{
    await failing.Result;
}
catch (RemoteException exception)
{
    Console.WriteLine($"caught {exception.RemoteTypeName}: {exception.RemoteMessage} (exit code {failing.ExitCode})");
}

// 4. A process subclass that overrides Run (the seed's second example); its properties travel to the child.
Console.WriteLine("-- 4. a Process subclass");
var greeter = new Greeter { Greeting = "hello from a subclass" };
greeter.Start();
greeter.Join();

// 5. Terminate and kill, with Python's exit codes: minus the signal number.
Console.WriteLine("-- 5. terminate and kill");
var sleeper = Process.Create(Tour.Sleep, 60_000);
sleeper.Start();
sleeper.Terminate();
sleeper.Join();
Console.WriteLine($"terminated: exit code {sleeper.ExitCode}");
var doomed = Process.Create(Tour.Sleep, 60_000);
doomed.Start();
doomed.Kill();
doomed.Join();
Console.WriteLine($"killed: exit code {doomed.ExitCode}");

// 6. A counter in shared memory, incremented by several processes under its lock (Python's Value and get_lock()).
// The SharedValue travels to each child by name; `Value++` alone is not atomic, so it is done under the lock.
Console.WriteLine("-- 6. a counter shared by processes, under its lock");
using (var counter = new SharedValue<int>(0))
{
    var adders = Enumerable.Range(0, 4).Select(_ => Process.Create(Tour.AddLocked, counter, 1000)).ToList();
    adders.ForEach(adder => adder.Start());
    adders.ForEach(adder => adder.Join());
    Console.WriteLine($"4 processes added 1000 each under the lock: {counter.Value}");
}

// 7. A rendezvous: three children meet at a barrier, then wait for the parent's go (Python's Barrier and Event).
Console.WriteLine("-- 7. a barrier and an event across processes");
using (var barrier = new ProcessBarrier(3))
using (var go = new ProcessEvent())
{
    var runners = Enumerable.Range(0, 3).Select(_ => Process.Create(Tour.Meet, barrier, go)).ToList();
    runners.ForEach(runner => runner.Start());
    go.Set();
    runners.ForEach(runner => runner.Join());
    Console.WriteLine($"arrival indexes: {string.Join(", ", (await Task.WhenAll(runners.Select(r => r.Result))).Order())}");
}

// 8. A live connection handed to a child (the seed's socket server, samples/EchoServer): the child greets the client
// and echoes it. The parent closes its copy right after Start; the connection is the child's now. The client is us.
Console.WriteLine("-- 8. a socket handed to a child");
using (var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
using (var client = new TcpClient())
{
    listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
    listener.Listen();
    client.Connect((IPEndPoint)listener.LocalEndPoint!);
    var connection = listener.Accept();
    var handler = Process.Create(Tour.Echo, connection);
    handler.Start();
    connection.Dispose();

    var stream = client.GetStream();
    var reader = new StreamReader(stream);
    Console.WriteLine($"the server's child said: {reader.ReadLine()}");
    stream.Write("ping\n"u8);
    Console.WriteLine($"and echoed: {reader.ReadLine()}");
    client.Client.Shutdown(SocketShutdown.Send);
    handler.Join();
    Console.WriteLine($"the handler exited with {handler.ExitCode} once the client closed");
}

// 9. A pipe between processes (the seed's Pipe example): an end is an ordinary [ProcessEntry] argument. Messages
// are typed (MemoryPack); Python's recv() on a closed pipe raises EOFError, ours ConnectionClosedException.
Console.WriteLine("-- 9. a pipe and a listener between processes");
var (parentEnd, childEnd) = Pipe.Create();                  // parent_conn, child_conn = Pipe()
var piped = Process.Create(Tour.SendHello, childEnd);
piped.Start();
childEnd.Close();
Console.WriteLine($"the child sent: {parentEnd.Receive<string>()}");
parentEnd.Send(Enumerable.Range(1, 10).ToArray());
Console.WriteLine($"sum of 1..10 from the child: {parentEnd.Receive<int>()}");
parentEnd.Close();
piped.Join();

// A Listener and Client (multiprocessing.connection) authenticate with Process.Current.AuthKey, which children inherit.
using (var listener = new Listener("127.0.0.1:0"))
{
    var caller = Process.Create(Tour.Call, listener.Address);
    caller.Start();
    using var accepted = listener.Accept();
    Console.WriteLine($"a listener at {listener.Address} accepted {caller.Name}, which said: {accepted.Receive<string>()}");
    caller.Join();
}

// 10. A queue between processes (the seed's producer/consumer, samples/ProducerConsumer): two children put, the
// parent reads until the queue is completed and drained. Every item put is in shared memory when Put returns.
Console.WriteLine("-- 10. a queue shared by producer processes");
using (var queue = new ProcessQueue<string>(maxSize: 4))
{
    var producers = Enumerable.Range(1, 2).Select(n => Process.Create(Tour.Produce, queue, $"producer {n}")).ToList();
    producers.ForEach(p => p.Start());
    var reading = Task.Run(async () =>
    {
        var got = new List<string>();
        await foreach (string item in queue.ReadAllAsync())
            got.Add(item);
        return got;
    });
    producers.ForEach(p => p.Join());
    queue.CompleteAdding();
    var items = await reading;
    Console.WriteLine($"got {items.Count} items from the queue: {string.Join(", ", items.Order())}");
}

// 11. A pool of worker processes (the seed's Pool example, samples/PoolCallbacks): Map keeps the order of its input,
// ApplyAsync gives a result to await. Leaving the block terminates the workers, as Python's `with Pool() as pool:` does.
Console.WriteLine("-- 11. a pool of worker processes");
using (var pool = new ProcessPool(2))
{
    int[] squares = pool.Map(Tour.Square, [1, 2, 3, 4, 5]);
    int lastSquare = await pool.ApplyAsync(Tour.Square, 12);
    Console.WriteLine($"pool.Map(Square, 1..5) = {string.Join(", ", squares)}; ApplyAsync(Square, 12) = {lastSquare}");
}

// 12. A manager (Python's Manager()): a server process holds the objects, and every call on a proxy, from any process
// it is passed to, runs there. Children take jobs from the manager's queue, at most two at work at once under its
// semaphore, and put results in its dictionary (samples/ManagerList, SharedAccount and RemoteManager show more).
Console.WriteLine("-- 12. a manager's queue, semaphore and dictionary, shared by children");
await using (var manager = await Manager.StartAsync())
{
    var jobs = manager.Queue<int>();
    var slots = manager.Semaphore(2);
    var results = manager.Dictionary<int, int>();
    foreach (int job in new[] { 1, 2, 3, 4, 5, 6 })
        jobs.Put(job);
    var workers = Enumerable.Range(0, 3).Select(_ => Process.Create(Tour.Work, jobs, slots, results)).ToList();
    workers.ForEach(p => p.Start());
    workers.ForEach(p => p.Join());
    Console.WriteLine($"the manager's dictionary: {string.Join(", ", results.Snapshot().OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}->{pair.Value}"))}");
}

// 13. A daemon is terminated when the program ends (the seed's third example); a non-daemon is waited for.
Console.WriteLine("-- 13. daemon and non-daemon children at exit");
var daemon = Process.Create(Tour.Sleep, 3_000);
daemon.Daemon = true;
daemon.Start();
var straggler = Process.Create(Tour.Straggle, 500);
straggler.Start();
Console.WriteLine("main program ends now: the daemon is terminated, the straggler is joined");

static class Tour
{
    [ProcessEntry]
    public static void Produce(ProcessQueue<string> queue, string name)
    {
        for (int i = 1; i <= 3; i++)
            queue.Put($"{name}#{i}");
    }

    [ProcessEntry]
    public static int Square(int x) => x * x;

    [ProcessEntry]
    public static void Work(QueueProxy<int> jobs, SemaphoreProxy slots, DictionaryProxy<int, int> results)
    {
        while (jobs.TryGet(out int job))
        {
            using (slots.EnterScope())
                results[job] = job * job;
        }
    }

    [ProcessEntry]
    public static void Info(int index) =>
        Console.WriteLine($"child {index}: {DateTime.Now:HH:mm:ss.fff}, parent {Process.Parent?.Pid}, pid {Environment.ProcessId}");

    [ProcessEntry]
    public static string StartGrandchild()
    {
        var grandchild = Process.Create(Square, 3);
        grandchild.Start();
        grandchild.Join();
        return $"{grandchild.Name}, which computed {grandchild.Result.Result}";
    }

    [ProcessEntry]
    public static int Divide(int x, int y) => x / y;

    [ProcessEntry]
    public static void AddLocked(SharedValue<int> counter, int times)
    {
        for (int i = 0; i < times; i++)
        {
            using (counter.EnterScope())
            {
                counter.Value++;
            }
        }
    }

    [ProcessEntry]
    public static int Meet(ProcessBarrier barrier, ProcessEvent go)
    {
        int arrival = barrier.Wait(TimeSpan.FromSeconds(30));
        go.Wait();
        return arrival;
    }

    [ProcessEntry]
    public static void Sleep(int milliseconds) => Thread.Sleep(milliseconds);

    [ProcessEntry]
    public static void Echo(Socket connection)
    {
        using (connection)
        {
            connection.Send(System.Text.Encoding.UTF8.GetBytes($"hello from pid {Environment.ProcessId}\n"));
            var buffer = new byte[1024];
            for (int received; (received = connection.Receive(buffer)) > 0;)
            {
                connection.Send(buffer.AsSpan(0, received));
            }
        }
    }

    [ProcessEntry]
    public static void SendHello(Connection connection)
    {
        connection.Send("hello world");
        connection.Send(connection.Receive<int[]>().Sum());
    }

    [ProcessEntry]
    public static void Call(string address)
    {
        using var connection = Client.Connect(address);
        connection.Send($"hello from {Environment.ProcessId}");
    }

    [ProcessEntry]
    public static void Straggle(int milliseconds)
    {
        Thread.Sleep(milliseconds);
        Console.WriteLine($"straggler {Process.Current.Name} finished after the main program's last line");
    }
}

partial class Greeter : Process
{
    public string Greeting { get; set; } = "";

    protected override void Run() => Console.WriteLine($"{Greeting}, in {Name} (pid {Environment.ProcessId})");
}
