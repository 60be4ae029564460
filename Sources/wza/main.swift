print("wza")
