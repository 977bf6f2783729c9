# Kept in the repository from shared/bench (the anchor issue 12 measured); run by bench/animation.py.
# matplotlib anchor for animations: figure 4-10 descent (lr 0.1, 20 updates from (-3, 4)), 21 frames,
# 640x480, FuncAnimation + PillowWriter at 10 fps. Usage: python3 anim_mpl_gd.py OUT.gif
import time, sys
t0=time.perf_counter()
import numpy as np, matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.animation import FuncAnimation, PillowWriter
def grad(x):
    h=1e-4; g=np.zeros_like(x)
    for i in range(x.size):
        t=x[i]; x[i]=t+h; f1=np.sum(x**2); x[i]=t-h; f2=np.sum(x**2); g[i]=(f1-f2)/(2*h); x[i]=t
    return g
x=np.array([-3.0,4.0]); hist=[x.copy()]
for i in range(20):
    x=x-0.1*grad(x); hist.append(x.copy())
hist=np.array(hist)
fig,ax=plt.subplots()
ax.plot([-5,5],[0,0],'--b'); ax.plot([0,0],[-5,5],'--b')
th=np.linspace(0,2*np.pi,200)
for r in [0.5,1,2,3,4,5]: ax.plot(r*np.cos(th), r*np.sin(th), '--', color='gray', lw=0.8)
pts,=ax.plot([],[],'o')
ax.set_xlim(-3.5,3.5); ax.set_ylim(-4.5,4.5); ax.set_xlabel("X0"); ax.set_ylabel("X1")
title=ax.set_title("")
def upd(i):
    pts.set_data(hist[:i+1,0], hist[:i+1,1]); title.set_text(f"step {i}: ({hist[i,0]:.4f}, {hist[i,1]:.4f})"); return pts,title
anim=FuncAnimation(fig, upd, frames=len(hist), blit=False)
t1=time.perf_counter()
anim.save(sys.argv[1], writer=PillowWriter(fps=10), dpi=100)
t2=time.perf_counter()
print(f"setup {t1-t0:.2f}s save {t2-t1:.2f}s frames {len(hist)}")
