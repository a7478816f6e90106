using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using Multiprocessing.Managers;
using Multiprocessing.Wire;

namespace Multiprocessing;

/// <summary>
/// A server process that holds shared objects, and this process's handle on it: Python's <c>multiprocessing.Manager()</c>
/// and <c>BaseManager</c>. Objects created through a manager live in its server; what you get back is a proxy, and
/// every call on a proxy, from any process it is passed to, runs on that one object.
/// </summary>
/// <example>
/// <code>
/// await using var manager = Manager.Start();
/// var numbers = manager.List&lt;int&gt;();          // manager.list()
/// numbers.Add(42);                               // one round trip; runs in the server
/// var p = Process.Create(Work.Append, numbers);  // the child reaches the same list
/// </code>
/// </example>
public sealed partial class Manager : IDisposable, IAsyncDisposable
{
    private static readonly TimeSpan s_shutdownTimeout = TimeSpan.FromSeconds(10);

    private readonly ManagerClient _client;
    private readonly Process? _server;
    private int _shutdown;

    private Manager(ManagerClient client, Process? server)
    {
        _client = client;
        _server = server;
    }

    /// <summary>The address of the server: give it, with <see cref="AuthKey"/>, to <see cref="Connect"/> in another program.</summary>
    public string Address => _client.Address;

    /// <summary>The key clients must know: by default <see cref="ProcessInfo.AuthKey">Process.Current.AuthKey</see>, which this program's children inherit (so proxies passed to them carry no key).</summary>
    public ReadOnlySpan<byte> AuthKey => _client.Key;

    /// <summary>The server process, for a manager this process started; <see langword="null"/> for one it connected to.</summary>
    public Process? ServerProcess => _server;

    /// <summary>Starts a manager's server in a child process and waits until it listens (Python's <c>manager.start()</c>).</summary>
    /// <param name="options">Where to listen and with which key; a private local socket and a random key by default.</param>
    /// <exception cref="ManagerConnectionException">The server did not start: it failed to listen (the exception says why) or took longer than <see cref="ManagerOptions.StartTimeout"/>.</exception>
    public static Manager Start(ManagerOptions? options = null) => StartAsync(options).GetAwaiter().GetResult();

    /// <summary>Starts a manager's server in a child process and waits until it listens.</summary>
    /// <param name="options">Where to listen and with which key; a private local socket and a random key by default.</param>
    /// <param name="cancellationToken">Stops waiting; the server process is then killed.</param>
    public static async Task<Manager> StartAsync(ManagerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ManagerOptions();
        string address = options.Address ?? ManagerAddress.NewLocal();
        ManagerAddress.Parse(address);
        byte[]? givenKey = options.AuthKey?.ToArray();
        if (givenKey is { Length: 0 })
        {
            throw new ArgumentException("ManagerOptions.AuthKey must not be empty; leave it null to use Process.Current.AuthKey.", nameof(options));
        }

        byte[] key = givenKey ?? ProcessContext.Current.AuthKey;
        using var port = new SharedValue<int>(0, withLock: false);
        using var ready = new ProcessEvent();
        var server = Process.Create(ManagerServerEntry.Serve, address, givenKey, port, ready, SharedTypeRegistry.KnownAssemblies());
        server.Name = "Manager-" + server.Name;
        server.Daemon = true;
        server.Start();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeout);
            var listening = ready.WaitAsync(timeout.Token);
            var finished = await Task.WhenAny(listening, server.Completion).ConfigureAwait(false);
            if (finished != listening)
            {
                await server.Completion.ConfigureAwait(false);
                throw new ManagerConnectionException($"The manager's server process {server.Name} ended before it listened on {address}.");
            }

            await listening.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ManagerConnectionException)
        {
            if (server.IsAlive)
            {
                server.Kill();
            }

            await server.JoinAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw exception is OperationCanceledException
                ? new ManagerConnectionException($"The manager's server process {server.Name} did not listen on {address} within {options.StartTimeout}.")
                : new ManagerConnectionException($"The manager's server process {server.Name} could not listen on {address}: {exception.Message}", exception);
        }

        if (ManagerAddress.Parse(address) is IPEndPoint { Port: 0 } endPoint)
        {
            address = ManagerAddress.Format(new IPEndPoint(endPoint.Address, port.Value));
        }

        return new Manager(ManagerClient.For(address, key), server);
    }

    /// <summary>Connects to a manager's server that is already running, here or on another machine (Python's <c>manager.connect()</c>).</summary>
    /// <param name="address">Its <see cref="Address"/>: <c>unix:/path</c> or <c>tcp://host:port</c>.</param>
    /// <param name="authKey">The key the server was started with.</param>
    /// <exception cref="ManagerConnectionException">Nothing listens at <paramref name="address"/>.</exception>
    /// <exception cref="AuthenticationFailedException">The server refused the key (or the server is not a manager).</exception>
    public static Manager Connect(string address, ReadOnlySpan<byte> authKey)
    {
        ManagerAddress.Parse(address);
        var client = ManagerClient.For(address, authKey.ToArray());
        client.Probe();
        return new Manager(client, null);
    }

    /// <summary>
    /// Stops the server this process started (Python's <c>manager.shutdown()</c>): its objects are gone, and proxies
    /// of them fail with <see cref="ManagerConnectionException"/>. For a manager this process connected to, only closes
    /// this process's connections. Calling it again does nothing.
    /// </summary>
    public void Shutdown() => ShutdownAsync().GetAwaiter().GetResult();

    /// <summary>Stops the server this process started; see <see cref="Shutdown"/>.</summary>
    /// <param name="cancellationToken">Stops waiting for the server to exit; it is then killed.</param>
    public async Task ShutdownAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _shutdown, 1) != 0)
        {
            return;
        }

        if (_server is not null && _server.IsAlive)
        {
            try
            {
                _client.Call(new ProxyCall(RequestKind.Shutdown, 0, 0, "shutdown"), BaseProxy.DecodeNothing);
            }
            catch (ManagerConnectionException)
            {
                // Already gone: joining it below is all that is left.
            }

            if (!await _server.JoinAsync(s_shutdownTimeout, cancellationToken).ConfigureAwait(false))
            {
                _server.Kill();
                await _server.JoinAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }

        if (_server is not null && ManagerAddress.Parse(Address) is System.Net.Sockets.UnixDomainSocketEndPoint endPoint && endPoint.ToString() is { Length: > 0 } path)
        {
            // A server that was killed could not remove its socket file; the process that started it does.
            File.Delete(path);
        }

        _client.CloseIdle();
    }

    /// <summary>Shuts the manager down; see <see cref="Shutdown"/>.</summary>
    public void Dispose() => Shutdown();

    /// <summary>Shuts the manager down; see <see cref="Shutdown"/>.</summary>
    public ValueTask DisposeAsync() => new(ShutdownAsync());

    /// <summary>Creates a list in the server (Python's <c>manager.list(items)</c>).</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items it starts with, sent in one round trip.</param>
    public ListProxy<T> List<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(IEnumerable<T>? items = null)
    {
        var list = new ListProxy<T>(this.CreateManagerList(ProxyTypeNames.Of(typeof(ListProxy<T>)), []));
        if (items is not null)
        {
            list.AddRange(items);
        }

        return list;
    }

    /// <summary>Creates a dictionary in the server (Python's <c>manager.dict()</c>).</summary>
    /// <typeparam name="TKey">The keys' type.</typeparam>
    /// <typeparam name="TValue">The values' type.</typeparam>
    public DictionaryProxy<TKey, TValue> Dictionary<[DynamicallyAccessedMembers(WireSerializer.Members)] TKey, [DynamicallyAccessedMembers(WireSerializer.Members)] TValue>()
        where TKey : notnull => new(this.CreateManagerDictionary(ProxyTypeNames.Of(typeof(DictionaryProxy<TKey, TValue>))));

    /// <summary>Creates a lock in the server (Python's <c>manager.Lock()</c>).</summary>
    public Proxy<ManagerLock> Lock() => this.CreateManagerLock();

    /// <summary>Creates an event in the server (Python's <c>manager.Event()</c>).</summary>
    public Proxy<ManagerEvent> Event() => this.CreateManagerEvent();

    /// <summary>The list published under <paramref name="name"/>.</summary>
    /// <typeparam name="T">The items' type it was created with.</typeparam>
    /// <param name="name">The name it was published under.</param>
    /// <exception cref="InvalidOperationException">Nothing is published under that name, or something other than a <see cref="ListProxy{T}"/> of <typeparamref name="T"/>.</exception>
    public ListProxy<T> FindList<[DynamicallyAccessedMembers(WireSerializer.Members)] T>(string name) =>
        new(FindCollection<ManagerList, ListProxy<T>>(name, static list => list.Description));

    /// <summary>The dictionary published under <paramref name="name"/>.</summary>
    /// <typeparam name="TKey">The keys' type it was created with.</typeparam>
    /// <typeparam name="TValue">The values' type it was created with.</typeparam>
    /// <param name="name">The name it was published under.</param>
    /// <exception cref="InvalidOperationException">Nothing is published under that name, or something other than a <see cref="DictionaryProxy{TKey, TValue}"/> of those types.</exception>
    public DictionaryProxy<TKey, TValue> FindDictionary<[DynamicallyAccessedMembers(WireSerializer.Members)] TKey, [DynamicallyAccessedMembers(WireSerializer.Members)] TValue>(string name)
        where TKey : notnull => new(FindCollection<ManagerDictionary, DictionaryProxy<TKey, TValue>>(name, static dictionary => dictionary.Description));

    /// <summary>Gives the object behind <paramref name="proxy"/> a name that other programs connected to this manager find it by.</summary>
    /// <param name="name">The name; an object published earlier under it is replaced.</param>
    /// <param name="proxy">A proxy of an object of this manager.</param>
    public void Publish(string name, BaseProxy proxy)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(proxy);
        var call = new ProxyCall(RequestKind.Publish, proxy.ObjectId, 0, $"Publish(\"{name}\")");
        call.Write(name);
        _client.Call(call, BaseProxy.DecodeNothing);
    }

    /// <summary>The <c>[Shared]</c> object published under <paramref name="name"/> (Python's registered typeid that returns one object).</summary>
    /// <typeparam name="T">Its <c>[Shared]</c> class.</typeparam>
    /// <param name="name">The name it was published under.</param>
    /// <exception cref="InvalidOperationException">Nothing is published under that name, or an object of another type.</exception>
    public Proxy<T> Find<T>(string name)
        where T : class
    {
        var handle = FindHandle(name);
        if (handle.TypeId != SharedTypeRegistry.Find(typeof(T)).TypeId)
        {
            throw WrongType(name, handle, $"Proxy<{ProxyTypeNames.Of(typeof(T))}>");
        }

        return new Proxy<T>(_client, handle.ObjectId, handle.TypeId);
    }

    /// <summary>Starts a request to create a <c>[Shared]</c> object. Used by generated code.</summary>
    /// <param name="typeId">The type's id.</param>
    /// <param name="constructorId">The constructor's id.</param>
    /// <param name="displayName">The constructor as a person reads it.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ProxyCall StartCreate(ulong typeId, ulong constructorId, string displayName) => new(RequestKind.Create, typeId, constructorId, displayName);

    /// <summary>Creates a <c>[Shared]</c> object in the server and returns its proxy. Used by generated code.</summary>
    /// <param name="call">The request begun by <see cref="StartCreate"/>, with the constructor's arguments.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Proxy<T> Create<T>(ProxyCall call)
        where T : class => _client.Call(call, static (client, reply, what) => BaseProxy.DecodeShared<T>(client, reply, what));

    /// <inheritdoc/>
    public override string ToString() => $"Manager({Address})";

    /// <summary>
    /// The built-in collection published under <paramref name="name"/>, after checking that it was created as a
    /// <typeparamref name="TProxy"/>: its server holds only bytes, which the wrong type arguments would misread.
    /// </summary>
    internal Proxy<TServer> FindCollection<TServer, TProxy>(string name, Func<Proxy<TServer>, string> description)
        where TServer : class
    {
        var handle = FindHandle(name);
        string wanted = ProxyTypeNames.Of(typeof(TProxy));
        if (handle.TypeId != SharedTypeRegistry.Find(typeof(TServer)).TypeId)
        {
            throw WrongType(name, handle, wanted);
        }

        var proxy = new Proxy<TServer>(_client, handle.ObjectId, handle.TypeId);
        string published = description(proxy);
        return published == wanted
            ? proxy
            : throw new InvalidOperationException($"The object published as '{name}' is a {published}, not a {wanted}: find it with the type arguments it was created with.");
    }

    private InvalidOperationException WrongType(string name, SharedObjectHandle handle, string wanted)
    {
        var type = SharedTypeRegistry.Find(handle.TypeId)?.Type;
        string published = type is null
            ? $"object of a [Shared] type this program does not have (type id 0x{handle.TypeId:X16})"
            : type == typeof(ManagerList) ? new Proxy<ManagerList>(_client, handle.ObjectId, handle.TypeId).Description
            : type == typeof(ManagerDictionary) ? new Proxy<ManagerDictionary>(_client, handle.ObjectId, handle.TypeId).Description
            : type == typeof(ManagerQueueCore) ? new Proxy<ManagerQueueCore>(_client, handle.ObjectId, handle.TypeId).Description
            : ProxyTypeNames.ProxyOf(type);
        return new InvalidOperationException($"The object published as '{name}' is a {published}, not a {wanted}.");
    }

    internal SharedObjectHandle FindHandle(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var call = new ProxyCall(RequestKind.Find, 0, 0, $"Find(\"{name}\")");
        call.Write(name);
        return _client.Call(call, static (client, reply, what) =>
        {
            var payload = ManagerClient.Payload(client, reply, what, ReplyStatus.ReturnedShared);
            return new SharedObjectHandle(System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(payload), System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(payload[8..]));
        });
    }
}
