process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.code, err.message.slice(0, 40));
});
Promise.reject(42);
