// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mqtt/SocketTuning_p.h"

#if defined(Q_OS_LINUX)
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace SocketTuning {

int enableNoDelayForPeerPort(quint16 port)
{
    int changed = 0;
#if defined(Q_OS_LINUX)
    DIR* fds = ::opendir("/proc/self/fd");
    if (!fds) {
        return 0;
    }
    const int own = ::dirfd(fds);
    while (const dirent* entry = ::readdir(fds)) {
        char* end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own) {
            continue;
        }
        int type = 0;
        socklen_t length = sizeof type;
        if (::getsockopt(int(fd), SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM) {
            continue;
        }
        sockaddr_storage peer{};
        socklen_t peerLength = sizeof peer;
        if (::getpeername(int(fd), reinterpret_cast<sockaddr*>(&peer), &peerLength) != 0) {
            continue;
        }
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port);
        } else if (peer.ss_family == AF_INET6) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_port);
        } else {
            continue;
        }
        const int on = 1;
        if (peerPort == port && ::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0) {
            ++changed;
        }
    }
    ::closedir(fds);
#else
    Q_UNUSED(port);
#endif
    return changed;
}

} // namespace SocketTuning
