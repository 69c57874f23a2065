//! The HTTP serving core every server of smack's stands on (`smack ui`, `smack sandbox serve`
//! and the embedded sandbox): hyper on a small tokio runtime of its own, with the limits a
//! server that hostile clients reach needs.
//!
//! - Connections are served concurrently and a request's body is read in full, under its
//!   deadlines, before the handler sees it, so no request ever waits on another connection's
//!   I/O. Handlers run on a pool of blocking threads (they may call Marathon or take file locks).
//! - Headers: the whole head within [`Limits::idle`] (an idle keep-alive connection is closed
//!   after the same time), at most [`Limits::header_bytes`] and [`Limits::max_headers`], else 431.
//! - Bodies: a declared `Content-Length` over [`Limits::body_bytes`] is refused with 413 before
//!   a byte is read (a chunked body when it passes the cap); every piece must come within
//!   [`Limits::idle`] and the whole request within [`Limits::request`], else 408.
//! - Responses: a client that stops reading for [`Limits::idle`] is disconnected.
//! - At most [`Limits::connections`] connections are served; the next ones get a 503 saying so.
//! - [`Server::shutdown`] stops accepting, lets the requests in flight finish (up to
//!   [`Limits::grace`]) and closes idle connections.
//!
//! Every answer the core makes itself has Marathon's error body, `{"message": "…"}`.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::{Semaphore, watch};

use crate::error::{Error, Result};
use crate::http::Trace;

/// The send buffer of each connection (the kernel may double it).
const SEND_BUFFER: usize = 256 * 1024;

/// What a server allows one client.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The request line and headers, in bytes (431 beyond).
    pub header_bytes: usize,
    /// Header fields per request (431 beyond).
    pub max_headers: usize,
    /// A request body, in bytes (413 beyond).
    pub body_bytes: u64,
    /// The longest silence: for a request's head, between pieces of its body, while a response
    /// waits for the client to read, and on an idle keep-alive connection.
    pub idle: Duration,
    /// The longest a request may take to arrive, head and body.
    pub request: Duration,
    /// Connections served at once (503 beyond).
    pub connections: usize,
    /// How long a shutdown waits for the requests in flight.
    pub grace: Duration,
    /// Reshapes the answers the core makes itself (413, 408, 400 for a body, 500 for a failed
    /// handler, 503 past the connection cap) from their status, message and the request's
    /// target (empty where none was read), so that a server answers them in its own format
    /// (`smack serve`: Cosmos's error envelope on Cosmos's paths). `None`: `{"message"}`.
    pub refusal: Option<fn(u16, &str, &str) -> Response>,
}

impl Limits {
    /// Marathon-like limits (10 s idle, 30 s per request) with a body cap.
    pub const fn with_body(body_bytes: u64) -> Limits {
        Limits {
            header_bytes: 64 * 1024,
            max_headers: 100,
            body_bytes,
            idle: Duration::from_secs(10),
            request: Duration::from_secs(30),
            connections: 512,
            grace: Duration::from_secs(10),
            refusal: None,
        }
    }

    /// The core's own answer, in the server's format.
    fn refuse(&self, status: u16, message: &str, target: &str) -> Response {
        match self.refusal {
            Some(shape) => shape(status, message, target),
            None => Response::message(status, message),
        }
    }
}

/// A request as a handler sees it: the head, and the body read in full.
#[derive(Debug)]
pub struct Request {
    /// Upper case: `GET`.
    pub method: String,
    /// The path and query as sent: `/v2/apps?embed=apps.tasks`.
    pub target: String,
    /// Names in lower case, in the order sent; values as text (invalid UTF-8 replaced).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub peer: SocketAddr,
}

impl Request {
    /// The first value of a header (names are matched without regard to case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// An answer: a body, or a stream of chunks (Server-Sent Events) that lasts until its sender
/// is dropped, the client goes, or the server shuts down.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub stream: Option<Stream>,
}

/// The receiving end of a streamed answer.
#[derive(Debug)]
pub struct Stream(tokio::sync::mpsc::Receiver<Bytes>);

/// Feeds a streamed answer. Sending never blocks: a chunk that finds the buffer full is
/// refused, and the caller decides (an event stream drops a client that falls behind).
#[derive(Debug, Clone)]
pub struct StreamSender(tokio::sync::mpsc::Sender<Bytes>);

/// A stream buffering at most `capacity` chunks.
pub fn stream(capacity: usize) -> (StreamSender, Stream) {
    let (tx, rx) = tokio::sync::mpsc::channel(capacity.max(1));
    (StreamSender(tx), Stream(rx))
}

impl StreamSender {
    /// Queues a chunk; `false` when the buffer is full or the client is gone.
    pub fn try_send(&self, chunk: impl Into<Bytes>) -> bool {
        self.0.try_send(chunk.into()).is_ok()
    }

    /// Whether the client is gone (or the server stopped).
    pub fn is_closed(&self) -> bool {
        self.0.is_closed()
    }
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body,
            stream: None,
        }
    }

    /// A streamed answer (`text/event-stream`).
    pub fn streamed(status: u16, content_type: &str, stream: Stream) -> Response {
        Response {
            stream: Some(stream),
            ..Response::new(status, content_type, Vec::new())
        }
    }

    /// Marathon's error body: `{"message": text}`.
    pub fn message(status: u16, text: &str) -> Response {
        Response::new(
            status,
            "application/json; charset=utf-8",
            serde_json::json!({ "message": text })
                .to_string()
                .into_bytes(),
        )
    }

    pub fn header(mut self, name: &str, value: impl Into<String>) -> Response {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// What answers requests.
pub type Handler = Arc<dyn Fn(Request) -> Response + Send + Sync>;

/// A listening socket (`127.0.0.1:0` picks a free port) with TCP_NODELAY, which accepted
/// connections inherit: a small answer is not held back until the client's delayed ACK.
pub fn listen(listen: &str) -> Result<std::net::TcpListener> {
    use std::net::ToSocketAddrs;
    let fail = |e: &dyn std::fmt::Display| Error::Usage(format!("cannot listen on {listen}: {e}"));
    let addr = listen
        .to_socket_addrs()
        .map_err(|e| fail(&e))?
        .next()
        .ok_or_else(|| fail(&"no address"))?;
    // The address is fine; what follows fails for the system's reasons (in use, no right).
    let io = |e: std::io::Error| Error::io(format!("listening on {listen}"), e);
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        Some(socket2::Protocol::TCP),
    )
    .map_err(io)?;
    socket.set_reuse_address(true).map_err(io)?;
    socket.set_tcp_nodelay(true).map_err(io)?;
    socket.set_nonblocking(true).map_err(io)?;
    socket.bind(&addr.into()).map_err(io)?;
    socket.listen(1024).map_err(io)?;
    Ok(socket.into())
}

/// A server running on its own threads until [`Server::shutdown`] or drop.
pub struct Server {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Serves `listener` with `handler`. `trace` gets a line per request answered
    /// (`METHOD /path -> 200 in 3 ms`; query values of `token` are never written).
    pub fn start(
        listener: std::net::TcpListener,
        limits: Limits,
        trace: Option<Trace>,
        handler: Handler,
    ) -> Result<Server> {
        Server::start_tls(listener, limits, trace, handler, None)
    }

    /// [`Server::start`], over TLS when `tls` is given: the handshake must finish within the
    /// idle limit, as a request head must.
    pub fn start_tls(
        listener: std::net::TcpListener,
        limits: Limits,
        trace: Option<Trace>,
        handler: Handler,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> Result<Server> {
        let addr = listener
            .local_addr()
            .map_err(|e| Error::io("reading the listening address".to_string(), e))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| Error::io(format!("listening on {addr}"), e))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .max_blocking_threads(128)
            .thread_name("smack-serve")
            .build()
            .map_err(|e| Error::io("starting the HTTP server".to_string(), e))?;
        let (stop, stopped) = watch::channel(false);
        let core = Arc::new(Core {
            limits,
            trace,
            handler,
            slots: Arc::new(Semaphore::new(limits.connections)),
            refusals: Arc::new(Semaphore::new(64)),
            tls: tls.map(tokio_rustls::TlsAcceptor::from),
        });
        let thread = std::thread::Builder::new()
            .name("smack-serve".into())
            .spawn(move || {
                runtime.block_on(async move {
                    match tokio::net::TcpListener::from_std(listener) {
                        Ok(listener) => accept(core, listener, stopped).await,
                        Err(e) => {
                            use std::io::Write as _;
                            // A closed stderr loses the line, never the server.
                            let _ = writeln!(std::io::stderr(), "smack: cannot serve {addr}: {e}");
                        }
                    }
                });
                // Handlers still running (a Marathon call) are not waited for.
                runtime.shutdown_timeout(Duration::from_millis(100));
            })
            .map_err(|e| Error::io("starting the HTTP server".to_string(), e))?;
        Ok(Server {
            addr,
            stop,
            thread: Some(thread),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, finishes the requests in flight (up to the grace period), closes.
    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop_now();
    }
}

struct Core {
    limits: Limits,
    trace: Option<Trace>,
    handler: Handler,
    /// One permit per connection served.
    slots: Arc<Semaphore>,
    /// Connections being told 503; beyond these, a connection is closed at once.
    refusals: Arc<Semaphore>,
    /// HTTPS: every connection starts with a TLS handshake.
    tls: Option<tokio_rustls::TlsAcceptor>,
}

async fn accept(
    core: Arc<Core>,
    listener: tokio::net::TcpListener,
    mut stopped: watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            _ = stopped.changed() => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            // Out of descriptors, or a connection reset before it was accepted: go on.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        // The kernel's buffer for what a client has not read yet stays small: a client that
        // stops reading is soon found out (and its memory is bounded).
        let _ = socket2::SockRef::from(&stream).set_send_buffer_size(SEND_BUFFER);
        match core.slots.clone().try_acquire_owned() {
            Ok(permit) => {
                let core = core.clone();
                let stopped = stopped.clone();
                tokio::spawn(async move {
                    match core.tls.clone() {
                        None => serve_connection(&core, stream, peer, stopped).await,
                        Some(acceptor) => {
                            if let Some(tls) = handshake(&acceptor, stream, core.limits.idle).await
                            {
                                serve_connection(&core, tls, peer, stopped).await;
                            }
                        }
                    }
                    drop(permit);
                });
            }
            Err(_) => {
                let Ok(permit) = core.refusals.clone().try_acquire_owned() else {
                    continue;
                };
                let core = core.clone();
                tokio::spawn(async move {
                    // Told in the connection's own protocol: over TLS, after the handshake.
                    match core.tls.clone() {
                        None => refuse(&core, stream).await,
                        Some(acceptor) => {
                            let limit = Duration::from_secs(2);
                            if let Some(tls) = handshake(&acceptor, stream, limit).await {
                                refuse(&core, tls).await;
                            }
                        }
                    }
                    drop(permit);
                });
            }
        }
    }
    // Wait for the connections in flight, which were told to finish.
    let all = core.limits.connections as u32;
    let _ = tokio::time::timeout(core.limits.grace, core.slots.acquire_many(all)).await;
}

fn builder(limits: &Limits) -> hyper::server::conn::http1::Builder {
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.idle)
        .max_header_size(limits.header_bytes)
        .max_buf_size(limits.header_bytes.max(8192) + 1024)
        .max_headers(limits.max_headers);
    builder
}

async fn serve_connection<S>(
    core: &Arc<Core>,
    stream: S,
    peer: SocketAddr,
    mut stopped: watch::Receiver<bool>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let io = TokioIo::new(Stalls::new(stream, core.limits.idle));
    let service_core = core.clone();
    let service_stopped = stopped.clone();
    let service = hyper::service::service_fn(move |request| {
        let core = service_core.clone();
        let stopped = service_stopped.clone();
        async move { Ok::<_, Infallible>(answer(&core, request, peer, stopped).await) }
    });
    let connection = builder(&core.limits).serve_connection(io, service);
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => return,
        _ = stopped.changed() => {}
    }
    connection.as_mut().graceful_shutdown();
    let _ = connection.await;
}

/// A TLS handshake within `limit`; a failed or slow one just closes the connection.
async fn handshake(
    acceptor: &tokio_rustls::TlsAcceptor,
    stream: tokio::net::TcpStream,
    limit: Duration,
) -> Option<tokio_rustls::server::TlsStream<tokio::net::TcpStream>> {
    match tokio::time::timeout(limit, acceptor.accept(stream)).await {
        Ok(Ok(tls)) => Some(tls),
        _ => None,
    }
}

/// Answers every request of a connection beyond the cap with 503, and closes it.
async fn refuse<S>(core: &Core, stream: S)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let limit = core.limits.connections;
    let limits = core.limits;
    let refusal =
        move |status: u16, message: &str, target: &str| limits.refuse(status, message, target);
    let service = hyper::service::service_fn(move |_request| async move {
        let response = refusal(
            503,
            &format!("the server is serving its limit of {limit} connections; try again shortly"),
            "",
        )
        .header("Retry-After", "1")
        .header("Connection", "close");
        Ok::<_, Infallible>(to_hyper(response, None))
    });
    let mut builder = builder(&core.limits);
    builder
        .header_read_timeout(Duration::from_secs(2))
        .keep_alive(false);
    let io = TokioIo::new(Stalls::new(stream, Duration::from_secs(2)));
    let _ = tokio::time::timeout(
        Duration::from_secs(5),
        builder.serve_connection(io, service),
    )
    .await;
}

async fn answer(
    core: &Arc<Core>,
    request: hyper::Request<Incoming>,
    peer: SocketAddr,
    stopped: watch::Receiver<bool>,
) -> hyper::Response<Body> {
    let started = Instant::now();
    let (head, body) = request.into_parts();
    let method = head.method.as_str().to_ascii_uppercase();
    let target = head
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let response = match read_body(&core.limits, &head.headers, body, started, &target).await {
        Err(refusal) => refusal.header("Connection", "close"),
        Ok(body) => {
            let request = Request {
                method: method.clone(),
                target: target.clone(),
                headers: head
                    .headers
                    .iter()
                    .map(|(k, v)| {
                        (
                            k.as_str().to_string(),
                            String::from_utf8_lossy(v.as_bytes()).into_owned(),
                        )
                    })
                    .collect(),
                body,
                peer,
            };
            let handler = core.handler.clone();
            tokio::task::spawn_blocking(move || handler(request))
                .await
                .unwrap_or_else(|_| {
                    core.limits
                        .refuse(500, "the server failed on this request", &target)
                })
        }
    };
    if let Some(trace) = &core.trace {
        trace(&format!(
            "{method} {} -> {} in {} ms",
            redact(&target),
            response.status,
            started.elapsed().as_millis()
        ));
    }
    to_hyper(response, Some(stopped))
}

/// Reads a body under the limits; the refusal is the answer otherwise.
async fn read_body(
    limits: &Limits,
    headers: &hyper::HeaderMap,
    mut body: Incoming,
    started: Instant,
    target: &str,
) -> std::result::Result<Vec<u8>, Response> {
    let too_large = || {
        limits.refuse(
            413,
            &format!(
                "Request entity too large: the limit is {} bytes",
                limits.body_bytes
            ),
            target,
        )
    };
    let declared = headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limits.body_bytes) {
        return Err(too_large());
    }
    let deadline = started + limits.request;
    let mut bytes = Vec::with_capacity(declared.unwrap_or(0).min(1 << 20) as usize);
    loop {
        let now = Instant::now();
        let wait = limits.idle.min(deadline.saturating_duration_since(now));
        let frame = match tokio::time::timeout(wait, body.frame()).await {
            Err(_) => {
                return Err(limits.refuse(
                    408,
                    "Request timeout: the request body did not arrive in time",
                    target,
                ));
            }
            Ok(None) => return Ok(bytes),
            Ok(Some(Err(_))) => {
                return Err(limits.refuse(400, "The request body could not be read", target));
            }
            Ok(Some(Ok(frame))) => frame,
        };
        if let Ok(data) = frame.into_data() {
            if bytes.len() as u64 + data.len() as u64 > limits.body_bytes {
                return Err(too_large());
            }
            bytes.extend_from_slice(&data);
        }
    }
}

type Body = UnsyncBoxBody<Bytes, Infallible>;

fn to_hyper(response: Response, stopped: Option<watch::Receiver<bool>>) -> hyper::Response<Body> {
    let mut builder = hyper::Response::builder().status(response.status);
    for (name, value) in &response.headers {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value),
        ) {
            builder = builder.header(name, value);
        }
    }
    let body = match (response.stream, stopped) {
        (Some(Stream(rx)), Some(mut stopped)) => Streamed {
            rx,
            stop: Box::pin(async move {
                let _ = stopped.changed().await;
            }),
        }
        .boxed_unsync(),
        _ => Full::new(Bytes::from(response.body)).boxed_unsync(),
    };
    builder
        .body(body)
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new()).boxed_unsync()))
}

/// A streamed body: the chunks as they come, ended by the sender or the server's shutdown.
struct Streamed {
    rx: tokio::sync::mpsc::Receiver<Bytes>,
    stop: Pin<Box<dyn Future<Output = ()> + Send>>,
}

impl hyper::body::Body for Streamed {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<std::result::Result<hyper::body::Frame<Bytes>, Infallible>>> {
        if self.stop.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        match self.rx.poll_recv(cx) {
            Poll::Ready(Some(chunk)) => Poll::Ready(Some(Ok(hyper::body::Frame::data(chunk)))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// A request target for a log line: the values of query parameters whose name holds `token`
/// are replaced by `…`.
fn redact(target: &str) -> String {
    let Some((path, query)) = target.split_once('?') else {
        return target.to_string();
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if k.to_ascii_lowercase().contains("token") => format!("{k}=…"),
            _ => pair.to_string(),
        })
        .collect();
    format!("{path}?{}", query.join("&"))
}

/// A connection that fails a write the client has not made room for within `limit`: a client
/// that stops reading cannot hold a connection (and its slot) for ever.
struct Stalls<T> {
    inner: T,
    limit: Duration,
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl<T> Stalls<T> {
    fn new(inner: T, limit: Duration) -> Stalls<T> {
        Stalls {
            inner,
            limit,
            stalled: None,
        }
    }

    /// Called when a write is pending: starts the clock, or fails once it has run out.
    fn check(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<usize>> {
        let limit = self.limit;
        let sleep = self
            .stalled
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(limit)));
        match sleep.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "the client stopped reading",
            ))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Stalls<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Stalls<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write(cx, buf) {
            Poll::Pending => self.check(cx),
            ready => {
                self.stalled = None;
                ready
            }
        }
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        match Pin::new(&mut self.inner).poll_write_vectored(cx, bufs) {
            Poll::Pending => self.check(cx),
            ready => {
                self.stalled = None;
                ready
            }
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match Pin::new(&mut self.inner).poll_flush(cx) {
            Poll::Pending => match self.check(cx) {
                Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
                _ => Poll::Pending,
            },
            ready => {
                self.stalled = None;
                ready
            }
        }
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_tokens_in_log_lines() {
        assert_eq!(redact("/?token=abc&x=1"), "/?token=…&x=1");
        assert_eq!(redact("/v2/apps"), "/v2/apps");
        assert_eq!(redact("/a?access_token=s"), "/a?access_token=…");
    }
}
